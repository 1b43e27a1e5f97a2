package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * A reviewer without a mouse, in one walk: the skip link, a matter and a document opened with Enter
 * from their tables, the shortcuts' help, a sentence selected and stretched across the page break
 * of the complaint, marked with S, the claim found by typing in the dialog and ticked with Space,
 * the note reached with one Tab, Save with Enter and the focus back on the passage; j / k between
 * passages, e to change one and Escape back to it, Delete with its confirmation; the claim's report
 * reached by Tab. Every page on the way is checked with axe-core.
 */
@Tag("browser")
class KeyboardReviewIT {
  private static final String CAPTION = "Musk v. Altman et al.";
  private static final String COMPLAINT = "Complaint — Musk v. Altman et al. (illustrative)";
  private static final String PROMISE = "A clear and unambiguous promise";

  private static TestMatter matter;

  @BeforeAll
  static void aMatterLikeTheDemo() {
    matter = TestMatter.likeTheDemo("keyboard");
  }

  private static List<JsonObject> passagesOf(long documentId) {
    return Api.array(matter.paralegal().get("api/documents/" + documentId + "/annotations"))
        .getValuesAs(JsonObject.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> selection(Chromium c) {
    return (Map<String, Object>) c.script("return window.Pincite.viewer.selection()");
  }

  private static long number(Map<String, Object> selection, String key) {
    return ((Number) selection.get(key)).longValue();
  }

  @Test
  void aKeyboardOnlyReviewerOpensADocumentMarksASentenceAcrossAPageBreakAndReachesTheReport() {
    long complaint = matter.documentId(COMPLAINT);
    long claim = matter.claimId(PROMISE);
    // A passage marked before, for j / k and Delete.
    String page1 =
        Api.object(matter.paralegal().get("api/documents/" + complaint + "/pages/1"))
            .getString("text");
    HttpResponse<String> earlier =
        matter
            .paralegal()
            .post(
                "api/documents/" + complaint + "/annotations",
                "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":"
                    + Math.min(12, page1.length())
                    + ",\"stance\":\"CONTEXT\",\"claimIds\":["
                    + claim
                    + "]}");
    assertEquals(201, earlier.statusCode(), earlier.body());
    long earlierId = Api.object(earlier).getJsonNumber("id").longValue();

    try (Chromium c = Chromium.paralegalOf(matter)) {
      c.assertAccessible("matters.xhtml");
      // The first Tab reaches the skip link, shown when focused.
      WebElement skip = c.tabTo("the skip link", 1, f -> "Skip to content".equals(f.getText()));
      assertTrue(skip.isDisplayed());
      String outline =
          (String) c.script("return getComputedStyle(arguments[0]).outlineWidth", skip);
      assertTrue(Double.parseDouble(outline.replace("px", "")) >= 3, "a strong focus ring");

      // Enter on the matter's link in the table opens it.
      c.tabTo("the matter's link", 30, f -> CAPTION.equals(f.getText()));
      c.keys(Keys.ENTER);
      c.until(d -> d.getCurrentUrl().contains("matter.xhtml?id=" + matter.id()));
      c.matter().awaitCaption(CAPTION);
      c.assertAccessible("matter.xhtml");

      // Enter on the complaint's title in the documents table opens it.
      c.tabTo("the complaint's link", 120, f -> COMPLAINT.equals(f.getText()));
      c.keys(Keys.ENTER);
      c.document().awaitPage(1).awaitPage(2);
      c.assertAccessible("document.xhtml");

      // ? shows the shortcuts; Escape closes them.
      c.keys("?");
      assertTrue(c.driver().findElement(By.id("pc-kbd-help")).isDisplayed(), "the shortcuts");
      c.keys(Keys.ESCAPE);
      assertFalse(c.driver().findElement(By.id("pc-kbd-help")).isDisplayed());

      // ] selects sentence after sentence, to the last one of page 1; . stretches the selection
      // over the page break to the end of page 2's first sentence.
      Map<String, Object> sel = null;
      for (int i = 0; i < 200; i++) {
        c.keys("]");
        Map<String, Object> now = waitForSelectionChange(c, sel);
        if (number(now, "startPage") == 2) {
          c.keys("[");
          sel = waitForSelectionChange(c, now);
          break;
        }
        sel = now;
      }
      assertEquals(1, number(sel, "startPage"), "the last sentence of page 1: " + sel);
      c.keys(".");
      sel = waitForSelectionChange(c, sel);
      assertEquals(1, number(sel, "startPage"));
      assertEquals(2, number(sel, "endPage"), "stretched across the page break: " + sel);
      String quote = (String) sel.get("quote");

      // S opens the dialog with the focus in the claim filter; typing narrows the tree.
      c.keys("s");
      WebElement filter =
          c.until(
              d -> {
                WebElement f = d.switchTo().activeElement();
                return "pc-claim-filter".equals(f.getAttribute("id")) ? f : null;
              });
      filter.sendKeys("clear and unambiguous");
      long shownClaims =
          (Long)
              c.script(
                  "return Array.from(document.querySelectorAll('.pc-claim-choices tr')).filter(r => !r.hidden).length");
      long allClaims =
          (Long) c.script("return document.querySelectorAll('.pc-claim-choices tr').length");
      assertTrue(shownClaims >= 1 && shownClaims < allClaims, shownClaims + " of " + allClaims);
      // Down to the claim, Space ticks it, Tab goes to the note.
      c.keys(Keys.ARROW_DOWN);
      for (int i = 0;
          i < 10
              && !((String) c.script("return arguments[0].closest('tr').textContent", c.focused()))
                  .contains(PROMISE);
          i++) {
        c.keys(Keys.ARROW_DOWN);
      }
      c.keys(Keys.SPACE);
      assertTrue(c.focused().isSelected(), "Space ticked the claim");
      c.keys(Keys.TAB);
      assertEquals("mark:note", c.focused().getAttribute("id"), "Tab reaches the note next");
      c.keys("Marked from the keyboard");
      c.tabTo("Save", 3, f -> "mark:save".equals(f.getAttribute("id")));
      c.keys(Keys.ENTER);

      JsonObject stored =
          c.until(
              d ->
                  passagesOf(complaint).stream()
                      .filter(a -> "Marked from the keyboard".equals(a.getString("note", "")))
                      .findFirst()
                      .orElse(null));
      assertEquals("SUPPORTS", stored.getString("stance"));
      assertEquals(1, stored.getInt("startPage"));
      assertEquals(2, stored.getInt("endPage"));
      assertEquals(quote, stored.getString("quote"));
      long id = stored.getJsonNumber("id").longValue();
      c.until(d -> ("passage-" + id).equals(d.switchTo().activeElement().getAttribute("id")));

      // j / k move between the passages; e opens the one reached; Escape closes the dialog.
      c.keys("k");
      waitForFocus(c, "passage-" + earlierId);
      c.keys("j");
      waitForFocus(c, "passage-" + id);
      c.keys("e");
      c.shown(By.id("mark:save"));
      c.keys(Keys.ESCAPE);
      c.gone(By.id("mark:save"));
      // The focus goes back to the passage, not to a hidden field of the dialog or to <body>.
      waitForFocus(c, "passage-" + id);

      // Delete asks first; Enter on its Delete removes the earlier passage.
      c.keys("k");
      waitForFocus(c, "passage-" + earlierId);
      c.keys(Keys.DELETE);
      c.shown(By.cssSelector(".ui-confirmdialog-yes"));
      // The page puts the focus on Delete itself (pressing Tab here could move it on to Keep).
      try {
        c.until(
            d ->
                (Boolean)
                    c.script(
                        "var f = document.activeElement;"
                            + " return !!f && f.matches('.ui-confirmdialog-yes')"
                            + " && f.offsetParent !== null;"));
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "The focus is not on the confirmation's Delete but on "
                + c.script("var f = document.activeElement; return f && f.outerHTML.slice(0, 300)"),
            e);
      }
      c.keys(Keys.ENTER);
      c.until(
          d ->
              passagesOf(complaint).stream()
                  .noneMatch(a -> a.getJsonNumber("id").longValue() == earlierId));

      // The claim's report, reached by Tab on the claims page.
      c.go("claims.xhtml?matter=" + matter.id());
      c.assertAccessible("claims.xhtml");
      WebElement pdf =
          c.tabTo(
              "the report of the claim",
              400,
              f ->
                  "PDF".equals(f.getText())
                      && ((String) c.script("return arguments[0].closest('tr').textContent", f))
                          .contains(PROMISE));
      String href = pdf.getAttribute("href");
      HttpResponse<String> report = matter.paralegal().get(href.substring(href.indexOf("api/")));
      assertEquals(200, report.statusCode());
      assertTrue(report.headers().firstValue("Content-Type").orElse("").contains("pdf"));
    }
  }

  private static void waitForFocus(Chromium c, String id) {
    c.until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
  }

  private static Map<String, Object> waitForSelectionChange(
      Chromium c, Map<String, Object> before) {
    return c.until(
        d -> {
          Map<String, Object> now = selection(c);
          return now != null && !now.equals(before) ? now : null;
        });
  }
}
