package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;

/** Line numbers found in PDFs' margins from where PDFBox says they are drawn. */
class PdfLineNumbersTest {
  private static final List<List<String>> FICTION =
      FictionTranscript.pages(FictionTranscript.WITNESS);

  private static ExtractionOutcome.Extracted read(byte[] pdf) {
    return assertInstanceOf(ExtractionOutcome.Extracted.class, new PdfTextExtractor().extract(pdf));
  }

  private static String textOf(ExtractionOutcome.Extracted e, int pdfPage, NumberedLine line) {
    return e.pages().get(pdfPage).substring(line.getStart(), line.getEnd());
  }

  @Test
  void aTranscriptPdfHasTwentyFiveNumberedLinesAPageWithTheirWords() throws IOException {
    byte[] pdf = FictionPdfs.transcript(FICTION, null, true);
    ExtractionOutcome.Extracted e = read(pdf);
    assertEquals(6, e.pages().size());
    for (int p = 0; p < 6; p++) {
      List<NumberedLine> lines = e.lines().get(p);
      assertEquals(
          25, lines.size(), "every printed number is a line, blank or not: page " + (p + 1));
      for (int n = 1; n <= 25; n++) {
        NumberedLine line = lines.get(n - 1);
        assertEquals(p + 1, line.getPrintedPage(), "the page number printed at the top");
        assertEquals(n, line.getNumber());
        String expected = n <= FICTION.get(p).size() ? FICTION.get(p).get(n - 1) : "";
        assertEquals(expected, textOf(e, p, line), "page " + (p + 1) + " line " + n);
      }
    }
    assertEquals(TranscriptKind.DEPOSITION, e.caption().kind());
    assertEquals("Jane Q. Roe", e.caption().witness());
    // The stored text is the PDF extractor's own: the viewer's boxes and re-anchoring rely on it.
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= 6; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertEquals(stripper.getText(doc), e.pages().get(p - 1));
      }
    }
  }

  @Test
  void anAnswerAcrossThePageBreakCitesThreeTwentyFiveToFourTwo() {
    ExtractionOutcome.Extracted e = read(FictionPdfs.transcript(FICTION, null, false));
    int start = e.pages().get(2).indexOf("contract");
    int end = e.pages().get(3).indexOf("only copy") + 4;
    assertEquals(
        "3:25\u20134:2",
        TranscriptCite.lines(e.lines().get(2), start, e.lines().get(3), end)
            .orElseThrow()
            .pageLines());
  }

  @Test
  void aWordIndexPageIsNoTestimonyEvenWithNumbersInItsMargin() {
    ExtractionOutcome.Extracted e =
        read(FictionPdfs.transcript(FICTION, FictionTranscript.wordIndex(), false));
    assertEquals(7, e.pages().size());
    assertTrue(e.pages().get(6).contains("WORD INDEX"));
    assertTrue(e.lines().get(6).isEmpty());
    assertEquals(25, e.lines().get(5).size());
  }

  @Test
  void aCondensedSheetHoldsFourTranscriptPagesEachWithItsOwnNumberAndLines() {
    ExtractionOutcome.Extracted e = read(FictionPdfs.condensed(FICTION));
    assertEquals(2, e.pages().size(), "six transcript pages on two sheets");
    List<NumberedLine> sheet1 = e.lines().get(0);
    assertEquals(100, sheet1.size(), "four pages of 25 lines");
    List<Integer> pages =
        new ArrayList<>(sheet1.stream().map(NumberedLine::getPrintedPage).distinct().toList());
    assertEquals(List.of(1, 2, 3, 4), pages);
    assertEquals(50, e.lines().get(1).size());
    for (NumberedLine line : sheet1) {
      int p = line.getPrintedPage() - 1;
      String expected =
          line.getNumber() <= FICTION.get(p).size() ? FICTION.get(p).get(line.getNumber() - 1) : "";
      expected = expected.length() > 62 ? expected.substring(0, 62) : expected; // as printed
      assertEquals(expected, textOf(e, 0, line), line.pageLine());
    }
    // Page 3 is the top right quarter, page 4 the bottom right: the answer still cites 3:25–4:2.
    String sheet = e.pages().get(0);
    int start = sheet.indexOf(FictionTranscript.ANSWER_START);
    int end = sheet.indexOf(FictionTranscript.ANSWER_END) + 5;
    assertEquals(
        "3:25\u20134:2",
        TranscriptCite.lines(sheet1, start, sheet1, end).orElseThrow().pageLines());
    // The caption is read page after page, not from the sheet's rows, where the caption's lines
    // run into page 3's questions beside them.
    assertEquals("Jane Q. Roe", e.caption().witness());
  }

  private static List<String> declaration() {
    List<String> lines = new ArrayList<>();
    lines.add("R. COUNSEL (SBN 000000)");
    lines.add("Attorneys for Plaintiff DOE INDUSTRIES, INC.");
    lines.add("");
    lines.add("SUPERIOR COURT OF THE STATE OF CALIFORNIA");
    lines.add("DECLARATION OF MARY JACKSON IN SUPPORT OF MOTION");
    lines.add("(A fictional declaration written for Pincite's tests.)");
    lines.add("I, Mary Jackson, declare:");
    for (int i = 1; i <= 45; i++) {
      lines.add(
          i % 5 == 1
              ? (i / 5 + 1) + ". I kept the widget ledgers for the year " + (2000 + i) + "."
              : "and the entries for month " + i + " are true and correct.");
    }
    return lines;
  }

  @Test
  void pleadingPaperNumbersItsTwentyEightLinesAndCitesByTheFooterPage() {
    List<String> text = declaration();
    ExtractionOutcome.Extracted e =
        read(FictionPdfs.pleading(text, 28, "DECLARATION OF MARY JACKSON"));
    assertEquals(2, e.pages().size());
    assertEquals(28, e.lines().get(0).size());
    assertEquals(28, e.lines().get(1).size());
    NumberedLine p2l17 = e.lines().get(1).get(16);
    assertEquals("2:17", p2l17.pageLine());
    assertEquals(text.get(28 + 16), textOf(e, 1, p2l17));
    assertEquals("", textOf(e, 1, e.lines().get(1).get(27)), "a blank numbered line");
    assertEquals(null, e.caption(), "a declaration is no transcript");
    int start = e.pages().get(1).indexOf(text.get(28 + 16)) + 2;
    int end = e.pages().get(1).indexOf(text.get(28 + 20)) + 3;
    TranscriptCite.LineRange range =
        TranscriptCite.lines(e.lines().get(1), start, e.lines().get(1), end).orElseThrow();
    assertEquals(
        "Jackson Decl. 2:17\u201321",
        TranscriptCite.of(
            TranscriptCite.declarationName("Declaration of Mary Jackson").orElseThrow(), range));
  }

  @Test
  void federalPleadingPaperHasTwentySixLines() {
    ExtractionOutcome.Extracted e = read(FictionPdfs.pleading(declaration(), 26, "DECLARATION"));
    assertEquals(26, e.lines().get(0).size());
    assertEquals(26, e.lines().get(0).get(25).getNumber());
  }

  @Test
  void aLetterWithoutLineNumbersHasNoLines() {
    ExtractionOutcome.Extracted e =
        read(
            FictionPdfs.prose(
                "Dear Ms. Roe,", "1 widget shipped.", "2 invoices enclosed.", "3 more to follow."));
    assertTrue(e.lines().isEmpty());
    assertNotNull(e.pages().get(0));
    assertFalse(e.pages().get(0).isBlank());
  }
}
