package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pincite.service.Corpus;

/**
 * Which pages of a PDF need OCR, decided page by page on corpus scans, and damaged PDFs read from a
 * repaired copy.
 */
class ScannedPagesTest {
  private static byte[] corpus(String file) throws IOException {
    return Files.readAllBytes(Corpus.root().resolve(file));
  }

  private static List<String> layer(byte[] pdf) {
    return ((ExtractionOutcome.Extracted) new PdfTextExtractor().extract(pdf)).pages();
  }

  @Test
  void everyPageOfTheHeinOnlineScanIsAStampOverAnImageAndNeedsOcr() throws IOException {
    byte[] pdf = corpus("pdf/legal_lawreview_Harrington_heinonline_scan.pdf");
    List<String> pages = layer(pdf);
    assertEquals(14, pages.size());
    assertTrue(pages.get(0).contains("HeinOnline"), pages.get(0));
    assertEquals(
        IntStream.rangeClosed(1, 14).boxed().collect(Collectors.toSet()),
        PdfTextExtractor.scannedSlivers(pdf, null, pages));
    assertEquals(
        "Pages 1\u201314",
        PdfTextExtractor.pageList(
            new java.util.TreeSet<>(PdfTextExtractor.scannedSlivers(pdf, null, pages))));
  }

  @Test
  void aScanWithAGoodTextLayerFromAnEarlierOcrIsLeftAlone() throws IOException {
    byte[] pdf = corpus("pdf/legal_lawreview_Berring_heinonline_scan_ocr.pdf");
    List<String> pages = layer(pdf);
    Set<Integer> slivers = PdfTextExtractor.scannedSlivers(pdf, null, pages);
    assertTrue(
        IntStream.rangeClosed(2, 14).noneMatch(slivers::contains),
        "the pages with an OCR'd body keep their own layer: " + slivers);
    assertTrue(slivers.contains(15), "its last page holds only the stamp: " + pages.get(14));
    byte[] opinion = corpus("pdf/court_cl_9thCircuit-07-55393.pdf");
    assertEquals(Set.of(), PdfTextExtractor.scannedSlivers(opinion, null, layer(opinion)));
  }

  @Test
  void theWordsUnderTheStampOfOnePageAreReadAndKeptAfterTheStamp() throws IOException {
    TesseractOcr ocr = new TesseractOcr();
    Assumptions.assumeTrue(ocr.available(), "tesseract is not installed here");
    byte[] pdf = corpus("pdf/legal_lawreview_Harrington_heinonline_scan.pdf");
    ExtractionOutcome read = ocr.ocrWithin(pdf, null, OcrWatch.NONE, Set.of(2));
    ExtractionOutcome.Extracted text = assertInstanceOf(ExtractionOutcome.Extracted.class, read);
    assertEquals("", text.pages().get(0), "pages not asked for are not read");
    assertTrue(
        text.pages().get(1).codePoints().filter(Character::isLetter).count() > 1000,
        text.pages().get(1));
    assertTrue(text.pages().get(1).contains("Horty"), "a word of the body: " + text.pages().get(1));
  }

  @Test
  void aPdfWhosePageTreeIsMissingIsReadFromACopyWithItsPagesAndTheOriginalIsUntouched()
      throws IOException {
    byte[] original = corpus("pdf/scan_unreadable_metadata.pdf");
    byte[] before = original.clone();
    ExtractionOutcome.Failed failed =
        assertInstanceOf(ExtractionOutcome.Failed.class, new PdfTextExtractor().extract(original));
    assertTrue(failed.reason().contains("Page tree root must be a dictionary"), failed.reason());
    byte[] copy = PdfRepair.rebuildPageTree(original).orElseThrow();
    ExtractionOutcome.Extracted text =
        assertInstanceOf(ExtractionOutcome.Extracted.class, new PdfTextExtractor().extract(copy));
    assertEquals(3, text.pages().size(), "the file holds three page objects");
    assertTrue(text.pages().get(0).contains("Series 026 Data Sheet"), text.pages().get(0));
    assertArrayEquals(before, original);

    PdfTextExtractor extractor = new PdfTextExtractor();
    extractor.ocr = new TesseractOcr("no-such-tesseract-here");
    extractor.repair = new PdfRepair("no-such-qpdf-here");
    extractor.poppler = new PopplerText("no-such-pdftotext-here");
    ExtractionOutcome.Extracted noted =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            extractor.extract(Original.ofBytes(original, null)).outcome());
    assertTrue(noted.note().contains("page tree rebuilt"), noted.note());
    assertTrue(noted.note().contains("original is kept as received"), noted.note());
  }

  @Test
  void withoutAnyRepairThatWorksTheFailureSaysQpdfWasNotThere() throws IOException {
    PdfTextExtractor extractor = new PdfTextExtractor();
    extractor.ocr = new TesseractOcr("no-such-tesseract-here");
    extractor.repair = new PdfRepair("no-such-qpdf-here");
    extractor.poppler = new PopplerText("no-such-pdftotext-here");
    byte[] junk =
        "%PDF-1.4\nnot really a PDF at all\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ExtractionOutcome.Failed failed =
        assertInstanceOf(
            ExtractionOutcome.Failed.class,
            extractor.extract(Original.ofBytes(junk, null)).outcome());
    assertTrue(failed.reason().contains("qpdf is not installed"), failed.reason());
  }

  @Test
  void aDamagedPdfWhoseStreamsPdfBoxCannotReadKeepsTheWordsPopplerReads() throws IOException {
    PopplerText poppler = new PopplerText();
    Assumptions.assumeTrue(poppler.available(), "pdftotext (poppler-utils) is not installed here");
    byte[] pdf = corpus("pdf/govdocs_498264.pdf");
    assertInstanceOf(
        ExtractionOutcome.NeedsOcr.class,
        new PdfTextExtractor().extract(pdf),
        "PDFBox alone reads no text from its garbled streams");
    PdfTextExtractor extractor = new PdfTextExtractor();
    extractor.ocr = new TesseractOcr("no-such-tesseract-here");
    extractor.repair = new PdfRepair("no-such-qpdf-here");
    extractor.poppler = poppler;
    ExtractionOutcome.Extracted text =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            extractor.extract(Original.ofBytes(pdf, null)).outcome());
    assertEquals(3, text.pages().size());
    assertTrue(text.pages().get(0).contains("FACT SHEET"), text.pages().get(0));
    assertTrue(text.pages().get(0).contains("Screening and Assessment"), text.pages().get(0));
    assertTrue(text.note().contains("poppler's pdftotext"), text.note());
  }

  @Test
  void popplersOutputIsSplitIntoPagesAtItsFormFeedsAndBlankOutputIsNoLayer() {
    assertEquals(
        List.of("One", "", "Three 3"),
        PopplerText.pagesOf("One\n\f  \n\fThree 3\n\f").orElseThrow());
    assertTrue(PopplerText.pagesOf("\f \f\n\f").isEmpty());
    assertTrue(new PopplerText("no-such-pdftotext-here").pages(new byte[] {1}, null).isEmpty());
  }
}
