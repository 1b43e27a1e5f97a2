package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.FactsPage;
import org.pincite.web.testing.TestMatter;

/**
 * The path from a passage to a filed paper in Chromium: a passage of the small matter's note
 * (marked through the API) becomes a fact in one click in the viewer, is marked undisputed on the
 * facts page, shows in the preview, and the separate statement downloads as a Word file that holds
 * it.
 */
@Tag("browser")
class FactsPageIT {
  private static final String QUOTE = "The plaintiff says consumers are likely to confuse";

  @Test
  void aPassageBecomesAFactIsMarkedUndisputedAndTheSeparateStatementDownloads() throws Exception {
    TestMatter matter = TestMatter.small("facts-page");
    long note = matter.documentOfType("OTHER");
    long element = matter.claimId("Defendants' use is likely to cause confusion");
    long passage = matter.markOnFirstPage(note, QUOTE, "SUPPORTS", element);

    try (Chromium c = new Chromium()) {
      c.allowDownloads();
      c.signInAt("document.xhtml?id=" + note, matter.paralegalName(), TestMatter.PASSWORD);
      c.document().awaitPage(1).makeFact(passage);

      FactsPage facts = c.facts();
      facts.open(matter.id());
      assertTrue(facts.rows().get(0).contains(QUOTE), facts.rows().toString());
      assertEquals("Unsure", facts.firstStatus());
      facts.markFirstUndisputed();
      String preview = facts.preview();
      assertTrue(preview.contains("Issue 1: Defendants used the OPENAI name"), preview);
      assertTrue(preview.contains(QUOTE), preview);
      assertTrue(preview.contains("Plaintiff owns a protectable mark"), "unproven: " + preview);
      facts.downloadSeparateStatementDocx();

      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(c.awaitDownload("docx")))) {
        XWPFTable table = doc.getTables().get(1);
        assertEquals("1. " + QUOTE, table.getRow(1).getCell(0).getParagraphs().get(0).getText());
        assertTrue(
            doc.getTables().get(0).getText().contains("SEPARATE STATEMENT OF UNDISPUTED MATERIAL"));
      }
    }
  }
}
