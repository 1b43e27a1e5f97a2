package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.PinCite;
import org.pincite.service.cite.Source;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;

/**
 * A complaint on pleading paper cites its numbered paragraph and the lines: "Compl. ¶ 7, 2:3–9".
 */
class PleadingCiteTest {
  /** A complaint written for this test (fiction): a numbered paragraph every seven lines. */
  private static List<String> complaint() {
    List<String> lines = new ArrayList<>();
    lines.add("COMPLAINT FOR DAMAGES (a fictional pleading written for Pincite's tests)");
    int paragraph = 0;
    while (lines.size() < 56) {
      int n = lines.size();
      lines.add(
          n % 7 == 2
              ? (++paragraph) + ". Acme shipped defective widgets in lot " + n + ","
              : "and the lot was returned to Acme on day " + n + " of the year.");
    }
    return lines;
  }

  @Test
  void aNumberedParagraphOnPleadingPaperCitesItsParagraphAndItsLines() {
    List<String> text = complaint();
    ExtractionOutcome.Extracted e =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            new PdfTextExtractor().extract(FictionPdfs.pleading(text, 28, "COMPLAINT")));
    // Paragraph 5 starts on page 2 line 3 (line 31 of the text); the passage runs to line 9.
    String page2 = e.pages().get(1);
    int start = page2.indexOf("5. Acme") + 3;
    int end = page2.indexOf(text.get(28 + 8)) + 5;
    Source complaint =
        new Source(DocumentKind.FILING, DocumentType.COMPLAINT, "Complaint", null, null);
    IntFunction<String> blanked =
        n -> LineCites.withoutMargins(e.pages().get(n - 1), e.lines().get(n - 1));
    assertEquals(
        "Compl. \u00b6 5",
        PinCite.of(complaint, new Pages(2, start, 2, end), blanked),
        "the margin's numbers do not hide the paragraph");
    LineCites.LineCite cite =
        LineCites.cite(
                complaint, null, new Pages(2, start, 2, end), n -> e.lines().get(n - 1), blanked)
            .orElseThrow();
    assertEquals("Compl. \u00b6 5, 2:3\u20139", cite.cite());
    // Line 2 of page 2 goes on with paragraph 4; the title line on page 1 is in no paragraph.
    int title = e.pages().get(0).indexOf("COMPLAINT FOR DAMAGES");
    assertEquals(
        "Compl. 1:1",
        LineCites.cite(
                complaint,
                null,
                new Pages(1, title + 2, 1, title + 9),
                n -> e.lines().get(n - 1),
                blanked)
            .orElseThrow()
            .cite(),
        "a line outside any paragraph cites page and line");
  }

  @Test
  void reportsStatementsAndTheApiCiteAPassageOnPleadingPaperByItsLines() {
    List<String> text = complaint();
    ExtractionOutcome.Extracted e =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            new PdfTextExtractor().extract(FictionPdfs.pleading(text, 28, "COMPLAINT")));
    Matter matter = new Matter("Acme v. Widget Co. (fiction)", "Test Court", "T-1", null);
    Claim count =
        Claim.topLevel(
            ClaimKind.COUNT,
            matter.addParty("Acme", PartyRole.PLAINTIFF),
            "Count 1",
            "Breach of warranty",
            0);
    Document complaint =
        new Document(
            matter,
            DocumentKind.FILING,
            DocumentType.COMPLAINT,
            "Complaint",
            new StoredFile("complaint.pdf", "application/pdf", 100, "c".repeat(64)));
    e.applyTo(complaint);
    String page2 = e.pages().get(1);
    int start = page2.indexOf("5. Acme") + 3;
    int end = page2.indexOf(text.get(28 + 8)) + 5;
    Annotation a =
        new Annotation(
            complaint,
            Passage.select(complaint, 2, start, 2, end),
            Stance.SUPPORTS,
            List.of(count),
            null,
            "tester");
    // The one path every cite takes (PassageCites asks DocumentCites).
    DocumentCites cites = DocumentCites.of(complaint);
    assertEquals("Compl. \u00b6 5, 2:3\u20139", cites.cite(a));
    Lines lines = cites.lines(a).orElseThrow();
    assertEquals("2:3", lines.first());
    assertEquals("2:9", lines.last());
  }
}
