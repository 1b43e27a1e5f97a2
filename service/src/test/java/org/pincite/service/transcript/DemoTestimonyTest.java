package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.Source;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.ingest.PlainTextExtractor;

/**
 * The demo's illustrative deposition, declaration and complaint read as testimony and pleadings
 * cited by page and line.
 */
class DemoTestimonyTest {
  @Test
  void theDemoDepositionIsATranscriptWhoseAnswerRunsFromThreeTwentyFiveToFourTwo() {
    byte[] file = DemoMatterContent.depositionTranscript();
    assertTrue(new String(file, StandardCharsets.UTF_8).contains("ILLUSTRATIVE TRANSCRIPT"));
    ExtractionOutcome.Extracted e =
        assertInstanceOf(ExtractionOutcome.Extracted.class, new PlainTextExtractor().extract(file));
    assertEquals(5, e.pages().size());
    assertEquals(TranscriptKind.DEPOSITION, e.caption().kind());
    assertEquals("Avery Quinn", e.caption().witness());
    int start = e.pages().get(2).indexOf("I read each hash");
    int end = e.pages().get(3).indexOf("every one of them") + 5;
    TranscriptCite.LineRange range =
        TranscriptCite.lines(e.lines().get(2), start, e.lines().get(3), end).orElseThrow();
    assertEquals(
        "Quinn Dep. 3:25\u20134:2",
        TranscriptCite.of(
            TranscriptCite.transcriptName(TranscriptKind.DEPOSITION, "Avery Quinn", null, 1, false),
            range));
  }

  @Test
  void theDemoDeclarationIsOnTwentyEightLinePleadingPaperAndCitesAsJacksonDecl() {
    ExtractionOutcome.Extracted e =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            new PdfTextExtractor().extract(DemoMatterContent.declarationPdf()));
    assertTrue(e.pages().get(0).contains("ILLUSTRATIVE"));
    assertEquals(28, e.lines().get(0).size());
    NumberedLine first = e.lines().get(0).get(0);
    assertEquals("1:1", first.pageLine());
    assertEquals(null, e.caption(), "no transcript");
    String page = e.pages().get(0);
    NumberedLine some =
        e.lines().get(0).stream()
            .filter(l -> l.getEnd() > l.getStart())
            .skip(8)
            .findFirst()
            .orElseThrow();
    Source declaration =
        new Source(
            DocumentKind.FILING,
            DocumentType.OTHER,
            DemoMatterContent.DECLARATION_TITLE,
            null,
            null);
    LineCites.LineCite cite =
        LineCites.cite(
                declaration,
                null,
                new Pages(1, some.getStart() + 1, 1, some.getEnd()),
                n -> e.lines().get(n - 1),
                n -> LineCites.withoutMargins(e.pages().get(n - 1), e.lines().get(n - 1)))
            .orElseThrow();
    assertTrue(
        cite.cite().startsWith("Jackson Decl. ") && cite.cite().endsWith(some.pageLine()),
        cite.cite() + "\n" + page);
  }

  @Test
  void theDemoComplaintIsOnTwentyEightLinePleadingPaperAndCitesItsParagraphAndLines() {
    ExtractionOutcome.Extracted e =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            new PdfTextExtractor().extract(DemoMatterContent.complaintPdf()));
    assertTrue(e.pages().get(0).contains(DemoMatterContent.COMPLAINT_NOTICE), "still illustrative");
    assertEquals(e.pages().size(), e.lines().size());
    for (int n = 1; n <= e.pages().size(); n++) {
      List<NumberedLine> lines = e.lines().get(n - 1);
      assertEquals(28, lines.size(), "page " + n);
      assertEquals(n + ":1", lines.get(0).pageLine());
      assertEquals(n + ":28", lines.get(27).pageLine());
    }
    Source complaint =
        new Source(
            DocumentKind.FILING,
            DocumentType.COMPLAINT,
            "Complaint \u2014 Musk v. Altman et al. (illustrative)",
            null,
            null);
    // Paragraph 6 runs from the foot of page 2 over the page break onto page 3.
    int start = e.pages().get(1).indexOf("6. Artificial general intelligence");
    int end = e.pages().get(2).indexOf("grave threat to humanity.") + 12;
    assertTrue(start > 0 && end > 12, "paragraph 6 across the page break");
    assertEquals(
        "Compl. \u00b6 6, 2:27\u20133:1",
        DocumentCites.cite(
            complaint,
            null,
            new Pages(2, start + 10, 3, end),
            n -> e.lines().get(n - 1),
            n -> e.pages().get(n - 1)));
    int seven = e.pages().get(2).indexOf("7. In 2015 Plaintiff");
    assertEquals(
        "Compl. \u00b6 7, 3:3",
        DocumentCites.cite(
            complaint,
            null,
            new Pages(3, seven, 3, seven + 20),
            n -> e.lines().get(n - 1),
            n -> e.pages().get(n - 1)));
  }
}
