package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.report.PinCite;

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
    PinCite.Source complaint =
        new PinCite.Source(DocumentKind.FILING, DocumentType.COMPLAINT, "Complaint", null, null);
    String byParagraph =
        PinCite.of(
            complaint,
            new PinCite.Span(2, start, 2, end),
            n -> LineCites.withoutMargins(e.pages().get(n - 1), e.lines().get(n - 1)));
    assertEquals("Compl. \u00b6 5", byParagraph, "the margin's numbers do not hide the paragraph");
    TranscriptCite.LineCite cite =
        TranscriptCite.forPassage(
                new TranscriptCite.LineSource("Compl.", "Complaint", null),
                2,
                start,
                2,
                end,
                n -> e.lines().get(n - 1),
                byParagraph)
            .orElseThrow();
    assertEquals("Compl. \u00b6 5, 2:3\u20139", cite.cite());
    TranscriptCite.LineCite plain =
        TranscriptCite.forPassage(
                new TranscriptCite.LineSource("Compl.", "Complaint", null),
                2,
                page2.indexOf(text.get(28 + 1)),
                2,
                page2.indexOf(text.get(28 + 1)) + 5,
                n -> e.lines().get(n - 1),
                "Compl. at 2")
            .orElseThrow();
    assertEquals("Compl. 2:2", plain.cite(), "a line outside any paragraph cites page and line");
  }
}
