package org.pincite.service.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

  @Test
  void aSnippetsFirstMatchIsFoundInItsPageByTheWordsBeforeIt() {
    // A transcript page (fiction): "contract" twice; the snippet's folded white space and escapes.
    String page =
        "  1  Q. Was there a contract?\n  2  A. Yes & the contract\n  3  was \"signed\".\n";
    String snippet =
        Snippets.safeHtml(
            "Yes & the " + Snippets.OPEN + "contract" + Snippets.CLOSE + "\n  3  was \"signed\"");
    int[] at = Snippets.firstMatchIn(snippet, page);
    assertEquals(page.lastIndexOf("contract"), at[0], "the one after 'Yes & the'");
    assertEquals(page.lastIndexOf("contract") + 8, at[1]);
    int[] anyCase = Snippets.firstMatchIn("<mark>WAS</mark> there", page);
    assertEquals(page.indexOf("Was"), anyCase[0]);
    assertNull(Snippets.firstMatchIn("no marks here", page));
    assertNull(Snippets.firstMatchIn("<mark>absent</mark>", page));
    assertNull(Snippets.firstMatchIn("<mark>contract</mark>", null));
  }
}
