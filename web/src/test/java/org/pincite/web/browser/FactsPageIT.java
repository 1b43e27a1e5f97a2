package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ChronologyPage;
import org.pincite.web.browser.pages.FactsPage;
import org.pincite.web.testing.TestMatter;

/**
 * The path from a passage to a filed paper in Chromium: a passage of the small matter's note
 * (marked through the API) becomes a fact in one click in the viewer and a second passage is added
 * to it there; on the facts page its date is changed by keyboard alone, a claim is added and the
 * second passage made disputing evidence in the claims-and-sources dialog, the counts per claim
 * follow, its history shows the changes, the claims page lists what is not yet proven, it is marked
 * undisputed, shows in the preview, and the separate statement downloads as a Word file that holds
 * it with its supporting cite only; the fact is on the chronology's timeline.
 */
@Tag("browser")
class FactsPageIT {
  private static final String QUOTE = "The plaintiff says consumers are likely to confuse";
  private static final String SECOND = "sued Open Artificial Intelligence, Inc. and Guy Ravine";
  private static final String MARK = "Plaintiff owns a protectable mark";
  private static final String CONFUSION = "Defendants' use is likely to cause confusion";

  @Test
  void aPassageBecomesAFactIsEditedMarkedUndisputedAndTheSeparateStatementDownloads()
      throws Exception {
    TestMatter matter = TestMatter.small("facts-page");
    long note = matter.documentOfType("OTHER");
    long confusion = matter.claimId(CONFUSION);
    long passage = matter.markOnFirstPage(note, QUOTE, "SUPPORTS", confusion);
    long second = matter.markOnFirstPage(note, SECOND, "SUPPORTS", confusion);

    try (Chromium c = new Chromium()) {
      c.allowDownloads();
      c.signInAt("document.xhtml?id=" + note, matter.paralegalName(), TestMatter.PASSWORD);
      c.document().awaitPage(1).makeFact(passage);
      // More passages are attached later, from the viewer; each shows the facts citing it.
      c.document().attachToFact(second, 1, "Supports");

      FactsPage facts = c.facts();
      facts.open(matter.id());
      assertTrue(facts.rows().get(0).contains(QUOTE), facts.rows().toString());
      assertEquals("Unsure", facts.firstStatus());

      facts.openClaimsAndSources(1);
      // (Before any save: PrimeFaces' messages list a message as <li role="alert">, which axe
      // refuses in a list.)
      c.assertAccessible("facts.xhtml with its claims-and-sources dialog");
      List<String> sources = facts.dialogSources();
      assertEquals(2, sources.size(), sources.toString());
      assertTrue(sources.get(1).contains(SECOND), sources.toString());
      facts.addClaim(MARK, "Supports").setSourceRole(1, "Disputes").saveClaimsAndSources();
      facts.retypeFirstDateByKeyboard("2023-03-01", "1 Mar 2023");
      String row = facts.rows().get(0);
      assertTrue(row.contains(MARK + " (supports)"), row);
      assertTrue(row.contains("(disputes)"), row);
      assertTrue(row.contains("1 Mar 2023"), row);
      assertTrue(facts.countsPerClaim().contains(MARK + " 1 0"), facts.countsPerClaim().toString());
      assertTrue(
          facts.countsPerClaim().contains(CONFUSION + " 1 0"), facts.countsPerClaim().toString());

      // The audit trail as for passages: made, its date changed, its claims and sources.
      String history = facts.history(1);
      assertTrue(history.contains(matter.paralegalName()), history);
      assertTrue(history.contains("1 Mar 2023") || history.contains("2023-03-01"), history);
      // Before it is marked undisputed, the claims page lists both elements as not yet proven.
      String review = c.claims().open(matter.id()).motionReview("OpenAI, Inc.");
      assertTrue(review.contains(MARK + ": No undisputed material fact"), review);
      assertTrue(review.contains(CONFUSION + ": No undisputed material fact"), review);
      assertTrue(review.contains("No conflicting marks."), review);
      facts.open(matter.id());
      facts.markFirstUndisputed();
      String preview = facts.preview();
      assertTrue(preview.contains("Issue 1: Defendants used the OPENAI name"), preview);
      assertTrue(preview.contains(QUOTE), preview);
      // Both elements now have an undisputed material fact: nothing left unproven.
      assertTrue(preview.contains("Every element has an undisputed material fact."), preview);
      assertFalse(preview.contains(MARK + ":"), preview);
      facts.downloadSeparateStatementDocx();

      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(c.awaitDownload("docx")))) {
        XWPFTable table = doc.getTables().get(1);
        List<String> evidence =
            table.getRow(1).getCell(0).getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .toList();
        assertEquals("1. " + QUOTE, evidence.get(0));
        // The disputing passage stays out of the moving party's column.
        assertEquals(3, evidence.size(), evidence.toString());
        assertEquals("Supporting Evidence:", evidence.get(1));
        assertTrue(
            doc.getTables().get(0).getText().contains("SEPARATE STATEMENT OF UNDISPUTED MATERIAL"));
      }

      ChronologyPage chronology = c.chronology().open(matter.id());
      assertEquals(1, chronology.factsOnTheTimeline());
      assertTrue(chronology.entries().contains("Fact 1 (1 Mar 2023)"), chronology.entries());
    }
  }
}
