package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.Source;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.ingest.PlainTextExtractor;

/** The demo's illustrative deposition and declaration read as testimony cited by page and line. */
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
}
