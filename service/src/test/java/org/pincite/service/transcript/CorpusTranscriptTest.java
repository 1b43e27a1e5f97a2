package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;

/** A real line-numbered transcript page from the shared corpus (a public court record). */
class CorpusTranscriptTest {
  @Test
  void theSupremeCourtArgumentTranscriptPageHasItsNumberedLines() throws Exception {
    byte[] pdf = Files.readAllBytes(Corpus.root().resolve("pdf/court_scotus_transcript_p1.pdf"));
    ExtractionOutcome.Extracted e =
        assertInstanceOf(ExtractionOutcome.Extracted.class, new PdfTextExtractor().extract(pdf));
    List<NumberedLine> lines = e.lines().isEmpty() ? List.of() : e.lines().get(0);
    assertEquals(25, lines.size());
    String page = e.pages().get(0);
    assertEquals("1:10", lines.get(9).pageLine(), "its page number is printed at the foot");
    assertEquals("Tuesday, January 13, 2009", text(page, lines.get(9)));
    assertEquals("at 1:01 p.m.", text(page, lines.get(13)), "a time in the words stays");
    assertEquals("", text(page, lines.get(24)), "blank numbered lines at the end");
    assertEquals(TranscriptKind.HEARING, e.caption().kind(), "an oral argument");
  }

  private static String text(String page, NumberedLine line) {
    return page.substring(line.getStart(), line.getEnd());
  }
}
