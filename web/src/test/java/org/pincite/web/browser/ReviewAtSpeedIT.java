package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ClaimChartPage;
import org.pincite.web.browser.pages.ClaimsPage;
import org.pincite.web.browser.pages.DocumentPage;
import org.pincite.web.browser.pages.MatterPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * A reviewer's long day at speed, in one walk over a small matter: the matter page at 1000 and 1280
 * px without sideways scrolling, a batch upload mixing new files, a duplicate and an empty file
 * where every file keeps its own result until cleared, the new uploads first and marked new, the
 * list searched by file name, the document page at 1000 px with its passages panel beside the text,
 * and the claims and chart pages agreeing on their numbers. Every page is checked with axe-core.
 * The uploaded files are fiction written by this test.
 */
@Tag("browser")
class ReviewAtSpeedIT {
  private static TestMatter matter;

  private static final String COUNT = "Trademark infringement (15 U.S.C. § 1114)";
  private static final String OWNED = "Plaintiff owns a protectable mark";
  private static final String UNPROVEN = "Defendants' use is likely to cause confusion";

  @BeforeAll
  static void aSmallMatterWithTwoPassages() {
    matter = TestMatter.small("review-at-speed");
    long note = matter.documentFile("case-note.txt");
    String text =
        Api.object(matter.paralegal().get("api/documents/" + note + "/pages/1")).getString("text");
    mark(note, text, "OpenAI, Inc. sued", "SUPPORTS", matter.claimId(OWNED));
    mark(note, text, "likely to confuse", "REFUTES", matter.claimId(COUNT));
  }

  private static void mark(long document, String text, String words, String stance, long claim) {
    int at = text.indexOf(words);
    HttpResponse<String> marked =
        matter
            .paralegal()
            .post(
                "api/documents/" + document + "/annotations",
                "{\"startPage\":1,\"startOffset\":"
                    + at
                    + ",\"endPage\":1,\"endOffset\":"
                    + (at + words.length())
                    + ",\"stance\":\""
                    + stance
                    + "\",\"claimIds\":["
                    + claim
                    + "]}");
    assertEquals(201, marked.statusCode(), marked.body());
  }

  @Test
  void aBatchUploadNarrowWindowsAndTheNumbersOfTheClaimsPages(@TempDir Path dir)
      throws IOException {
    Path first = dir.resolve("exhibit-a-fiction.txt");
    Path second = dir.resolve("exhibit-b-fiction.txt");
    Path duplicate = dir.resolve("case-note-copy.txt");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(
        first, "A fictional exhibit: the board met on 3 March.\n", StandardCharsets.UTF_8);
    Files.writeString(
        second, "Another fictional exhibit: the vote was 4 to 2.\n", StandardCharsets.UTF_8);
    Files.write(duplicate, DemoMatterContent.secondMatterNote());
    Files.write(empty, new byte[0]);

    try (Chromium c = Chromium.paralegalOf(matter)) {
      MatterPage page = c.matter().open(matter.id()).awaitCaption(captionOf(c));
      for (int width : List.of(1000, 1280)) {
        c.windowWidth(width);
        assertFalse(
            c.scrollsSideways(), "matter page at " + width + " px: " + c.widerThanTheWindow());
      }

      page.upload(first, second, duplicate, empty);
      List<String> results = page.awaitUploadResults(4);
      assertEquals("4 files: 2 added, 1 duplicate, 1 refused", page.uploadSummary());
      assertTrue(
          results.stream()
              .anyMatch(
                  r -> r.startsWith("Duplicate case-note-copy.txt") && r.contains("duplicate of")),
          results.toString());
      assertTrue(
          results.stream().anyMatch(r -> r.startsWith("Refused empty.txt")), results.toString());
      assertTrue(
          results.stream().filter(r -> r.startsWith("Added")).count() == 2, results.toString());
      c.assertAccessible("matter.xhtml with upload results");

      // The files are read in the background; their results stay while the list updates.
      page.awaitRow("exhibit-a-fiction.txt", "Extracted", 90)
          .awaitRow("exhibit-b-fiction.txt", "Extracted", 90);
      assertEquals(4, page.awaitUploadResults(4).size(), "every file keeps its row");
      List<String> titles = page.documentTitles();
      assertEquals(
          List.of("exhibit-b-fiction.txt", "exhibit-a-fiction.txt", "case-note.txt"),
          titles,
          "newest uploads first");
      assertEquals(
          List.of("exhibit-b-fiction.txt", "exhibit-a-fiction.txt"), page.newDocumentTitles());
      page.clearUploads();

      // Ticks survive the status poll (it runs while files are read): while a row is ticked the
      // poll does not redraw the list under the reviewer's hand.
      c.script("PF('statusPoll').start()");
      page.tickAll("case-note.txt"); // a poll on its way when it was asked may redraw the row
      long held = ((Number) c.script("return Pincite.pollsHeld")).longValue();
      c.until(d -> ((Number) c.script("return Pincite.pollsHeld")).longValue() >= held + 2);
      assertTrue(page.isTicked("case-note.txt"), "the tick outlives two polls");
      page.untick("case-note.txt");

      // Bulk: the ticked rows become exhibits in sequence, top to bottom.
      page.tickAll("exhibit-b-fiction.txt", "exhibit-a-fiction.txt").labelTickedFrom("Ex. 7");
      c.until(
          d ->
              d.findElement(org.openqa.selenium.By.id("messages"))
                  .getText()
                  .contains("Labelled Ex. 7 to Ex. 8"));
      c.until(d -> page.rowText("exhibit-a-fiction.txt").contains("Ex. 8"));
      assertTrue(page.rowText("exhibit-b-fiction.txt").contains("Ex. 7"));

      page.searchList("exhibit-a");
      assertEquals(List.of("exhibit-a-fiction.txt"), page.documentTitles());

      // The document page at 1000 px: no sideways scrolling, the passages beside the text.
      c.windowWidth(1000);
      c.document().open(matter.documentFile("case-note.txt"));
      assertFalse(c.scrollsSideways(), "document page: " + c.widerThanTheWindow());
      assertTrue(
          Boolean.TRUE.equals(
              c.script(
                  "var s = document.querySelector('.pc-side').getBoundingClientRect();"
                      + " var v = document.getElementById('viewer').getBoundingClientRect();"
                      + " return s.left >= v.right - 1 && s.top < window.innerHeight;")),
          "the passages panel is beside the text, on screen");
      c.windowWidth(1400);

      // One way of showing a moment: the side panel and the highlight's popover alike.
      String byline =
          (String)
              c.script("return document.querySelector('#passage-list time.pc-when').textContent");
      assertTrue(byline.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}"), byline);
      DocumentPage viewer = c.document().awaitHighlights("SUPPORTS");
      String popover = viewer.popoverOf(viewer.highlights("SUPPORTS").get(0));
      assertTrue(popover.contains(byline), popover + " / " + byline);

      // The claims page and the chart count alike: on the claim itself and with its elements.
      ClaimsPage claims = c.claims().open(matter.id());
      c.assertAccessible("claims.xhtml");
      String countRow = claims.rowText(COUNT);
      assertTrue(countRow.contains("1 with elements"), countRow);
      assertTrue(countRow.contains("The other side has 1 passage"), countRow);
      assertFalse(countRow.contains("Gap"), "a count proven through its elements: " + countRow);
      assertTrue(claims.rowText(UNPROVEN).contains("Gap: nothing supports it"));
      assertFalse(claims.rowText(OWNED).contains("Gap"), claims.rowText(OWNED));
      // A number opens its passages in place, supporting and refuting apart.
      String supporting = claims.openCount(COUNT, "pc-count-supporting-all");
      assertTrue(
          supporting.contains("OpenAI, Inc. sued") && !supporting.contains("likely to confuse"),
          supporting);
      String refuting = claims.openCount(COUNT, "pc-count-refuting");
      assertTrue(
          refuting.contains("likely to confuse") && !refuting.contains("OpenAI, Inc. sued"),
          refuting);
      assertTrue(c.url().endsWith("claims.xhtml?matter=" + matter.id()), "no reload: " + c.url());

      ClaimChartPage chart = c.claimChart().open(matter.id());
      c.assertAccessible("claim-chart.xhtml");
      String chartRow = chart.row(COUNT);
      assertTrue(chartRow.contains("1 (0 on itself)"), chartRow);
      assertTrue(chart.row(UNPROVEN).contains("Gap: nothing supports it"));
      c.go("history.xhtml?document=" + matter.documentFile("case-note.txt"));
      c.assertAccessible("history.xhtml");
      c.go("account.xhtml");
      c.assertAccessible("account.xhtml");
    }
  }

  private static String captionOf(Chromium c) {
    return DemoMatterContent.secondMatter().getCaption();
  }
}
