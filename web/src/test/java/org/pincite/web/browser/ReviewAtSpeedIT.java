package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.MatterPage;
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

  @BeforeAll
  static void aSmallMatter() {
    matter = TestMatter.small("review-at-speed");
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

      c.go("claims.xhtml?matter=" + matter.id());
      c.shown(By.id("tree:claims"));
      c.assertAccessible("claims.xhtml");
      c.go("claim-chart.xhtml?matter=" + matter.id());
      c.shown(By.id("chart"));
      c.assertAccessible("claim-chart.xhtml");
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
