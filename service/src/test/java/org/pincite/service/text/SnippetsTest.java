package org.pincite.service.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void everythingIsEscapedButTheMarks() {
    assertEquals(
        "&lt;img src=x onerror=alert(1)&gt; <mark>fiduciary</mark> &amp; &quot;duty&quot; &#39;x&#39;",
        Snippets.safeHtml(
            "<img src=x onerror=alert(1)>\n "
                + Snippets.OPEN
                + "fiduciary"
                + Snippets.CLOSE
                + " & \"duty\" 'x'"));
  }

  @Test
  void marksAreAlwaysBalanced() {
    assertEquals("<mark>open</mark>", Snippets.safeHtml(Snippets.OPEN + "open"));
    assertEquals("stray", Snippets.safeHtml(Snippets.CLOSE + "stray"));
    assertEquals("", Snippets.safeHtml(null));
  }
}
