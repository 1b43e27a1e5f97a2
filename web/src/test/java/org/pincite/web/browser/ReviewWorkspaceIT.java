package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ClaimsPage;
import org.pincite.web.browser.pages.DocumentPage;
import org.pincite.web.browser.pages.MarkDialog;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * Marking passages in the viewer in headless Chromium: select words and press S, R or C, tick a
 * claim, change and delete a passage, Korean words, a passage across a page break boxed on both
 * page images and counted on the claims page, a stale edit refused with what was typed kept.
 */
@Tag("browser")
class ReviewWorkspaceIT {
  private static final String FOR_PROFIT_EMAIL = "Re: Proposed for-profit structure";
  private static final String CONTRACT = "Breach of contract (the Founding Agreement)";
  private static final String PROMISE = "A clear and unambiguous promise";

  private static TestMatter matter;

  @BeforeAll
  static void aMatterLikeTheDemo() {
    matter = TestMatter.likeTheDemo("review");
  }

  private static List<JsonObject> passagesOf(long documentId) {
    return Api.array(matter.paralegal().get("api/documents/" + documentId + "/annotations"))
        .getValuesAs(JsonObject.class);
  }

  /** The text of the page's numbered lines that hold words (pleading paper), top to bottom. */
  private static List<String> wordedLines(long documentId, int page) {
    return Api.object(matter.paralegal().get("api/documents/" + documentId + "/pages/" + page))
        .getJsonArray("lines")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(l -> l.getString("text").strip())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private static String pageText(long documentId, int page) {
    return Api.object(matter.paralegal().get("api/documents/" + documentId + "/pages/" + page))
        .getString("text");
  }

  @Test
  void aReviewerMarksASentenceOfAnEmailAsRefutingAClaimThenChangesAndDeletesIt() {
    long email = matter.documentId(FOR_PROFIT_EMAIL);
    String sentence =
        "A for-profit company is the way to get there, and I am fine\nwith setting one up.";
    try (Chromium c = Chromium.paralegalOf(matter)) {
      DocumentPage viewer = c.document().open(email);
      assertTrue(viewer.emailHeaders().contains("Subject"), "the email's header block");
      MarkDialog dialog =
          viewer.select(1, "A for-profit company", 1, "with setting one up.").press("r");
      assertTrue(dialog.stanceIs("REFUTES"), "R chose refutes");
      dialog.tick(CONTRACT).note("Musk proposes the for-profit himself").save();

      JsonObject stored =
          passagesOf(email).stream()
              .filter(a -> a.getString("quote").equals(sentence))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the exact sentence is stored"));
      assertEquals("REFUTES", stored.getString("stance"));
      long id = stored.getJsonNumber("id").longValue();

      viewer.reload().awaitHighlights("REFUTES");
      assertEquals(
          sentence.replace("\n", " "),
          viewer.highlightedText("REFUTES", id),
          "highlighted after a reload");
      assertTrue(viewer.passage(id).getText().contains("Musk proposes the for-profit himself"));

      // Change it: stance and note.
      viewer.edit(id).stance("Context").note("Only background after all").save();
      viewer.reload().awaitHighlights("CONTEXT");
      assertTrue(viewer.passage(id).getText().contains("Only background after all"));
      assertTrue(viewer.passage(id).getAttribute("class").contains("pc-stance-CONTEXT"));

      // Delete it, confirming.
      viewer.delete(id).reload();
      assertFalse(viewer.listsPassage(id));
      assertFalse(viewer.hasHighlightOf(id), "no highlight left");
    }
  }

  @Test
  void aSecondReviewersSaveOverANewerEditIsRefusedAndKeepsWhatTheyTyped() {
    Api api = matter.paralegal();
    long email = matter.documentId(FOR_PROFIT_EMAIL);
    long contract = matter.claimId(CONTRACT);
    String text = pageText(email, 1);
    int at = text.indexOf("Let me know by the end of the week");
    JsonObject marked =
        Api.object(
            api.post(
                "api/documents/" + email + "/annotations",
                "{\"startPage\":1,\"startOffset\":"
                    + at
                    + ",\"endPage\":1,\"endOffset\":"
                    + (at + 34)
                    + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
                    + contract
                    + "],\"note\":\"first\"}"));
    long id = marked.getJsonNumber("id").longValue();
    try (Chromium c = Chromium.paralegalOf(matter)) {
      MarkDialog dialog =
          c.document().open(email).edit(id).note("A careful note that must not be lost");
      // Meanwhile an attorney saves their own change to the same passage.
      HttpResponse<String> theirs =
          matter
              .admin()
              .put(
                  "api/annotations/" + id,
                  "{\"version\":"
                      + marked.getJsonNumber("version")
                      + ",\"stance\":\"REFUTES\",\"claimIds\":["
                      + contract
                      + "],\"note\":\"theirs\"}");
      assertEquals(200, theirs.statusCode(), theirs.body());
      String refusal = dialog.saveRefused();
      assertTrue(refusal.contains("changed by admin"), refusal);
      assertTrue(dialog.isOpen(), "the dialog stays open");
      assertEquals("A careful note that must not be lost", dialog.noteValue());
      JsonObject stored =
          passagesOf(email).stream()
              .filter(a -> a.getJsonNumber("id").longValue() == id)
              .findFirst()
              .orElseThrow();
      assertEquals("theirs", stored.getString("note"), "the newer edit stands");
    }
  }

  @Test
  void koreanWordsAreSelectedStoredAndHighlightedExactly() {
    long email = matter.documentId(FOR_PROFIT_EMAIL);
    String korean = "회사의 과반 지분과 이사회 통제권";
    try (Chromium c = Chromium.paralegalOf(matter)) {
      DocumentPage viewer = c.document().open(email);
      viewer
          .select(1, korean, 1, korean)
          .press("c")
          .tick("Musk sought majority equity, board control and the CEO role")
          .save();
      JsonObject stored =
          passagesOf(email).stream()
              .filter(a -> a.getString("quote").equals(korean))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the Korean words are stored as selected"));
      assertEquals(
          pageText(email, 1).indexOf(korean),
          stored.getInt("startOffset"),
          "the same UTF-16 offsets as Java");
      viewer.reload().awaitHighlights("CONTEXT");
      assertTrue(viewer.highlights("CONTEXT").stream().anyMatch(m -> m.getText().equals(korean)));
    }
  }

  @Test
  void aPassageAcrossAPageBreakOfTheComplaintIsBoxedOnBothPageImagesAndCountedOnTheClaimsPage() {
    long complaint = matter.documentId("Complaint — Musk v. Altman et al. (illustrative)");
    // The complaint is on pleading paper: from the last numbered line with words on page 1 (the
    // end of a paragraph, above the blank lines and the running footer) to the first on page 2.
    List<String> lines = wordedLines(complaint, 1);
    String paragraphEnd = lines.get(lines.size() - 1);
    String startWords = paragraphEnd.substring(0, Math.min(20, paragraphEnd.length()));
    String endWords = wordedLines(complaint, 2).get(0);
    long claim = matter.claimId(PROMISE);
    try (Chromium c = Chromium.paralegalOf(matter)) {
      DocumentPage viewer = c.document().open(complaint).awaitPage(2);
      viewer.select(1, startWords, 2, endWords).press("s").tick(PROMISE).save();
      JsonObject stored =
          passagesOf(complaint).stream()
              .filter(
                  a ->
                      a.getInt("startPage") == 1
                          && a.getInt("endPage") == 2
                          && a.getJsonArray("claimIds").toString().contains(String.valueOf(claim)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("a passage from page 1 to page 2"));
      long id = stored.getJsonNumber("id").longValue();
      assertTrue(
          stored.getString("quote").startsWith(startWords)
              && stored.getString("quote").endsWith(endWords),
          stored.getString("quote"));

      viewer.reload().awaitPage(2);
      viewer.box(2, id);
      WebElement box = viewer.box(1, id);
      assertTrue(box.getAttribute("class").contains("pc-stance-SUPPORTS"));
      String popover = viewer.popoverOf(box);
      assertTrue(popover.contains(PROMISE) && popover.contains(matter.paralegalName()), popover);

      ClaimsPage claims = c.claims().open(matter.id());
      assertTrue(claims.supportingCount(PROMISE) >= 1);
      claims.openSupportingPassage(PROMISE, id);
      assertTrue(c.url().contains("passage=" + id), c.url());
    }
  }
}
