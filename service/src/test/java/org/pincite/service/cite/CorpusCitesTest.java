package org.pincite.service.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.service.Corpus;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;

/**
 * Printed page numbers, page furniture and clean quotes on real court opinions of the shared
 * corpus, read by the same extractor the server uses.
 */
class CorpusCitesTest {
  private static List<String> pages(String file) throws IOException {
    byte[] pdf = Files.readAllBytes(Corpus.root().resolve("pdf").resolve(file));
    return ((ExtractionOutcome.Extracted) new PdfTextExtractor().extract(pdf)).pages();
  }

  private static IntFunction<String> byNumber(List<String> pages) {
    return n -> n >= 1 && n <= pages.size() ? pages.get(n - 1) : null;
  }

  /** The span from the first occurrence of {@code start} to the end of {@code end} after it. */
  private static Pages span(List<String> pages, String start, String end) {
    for (int i = 0; i < pages.size(); i++) {
      int at = pages.get(i).indexOf(start);
      if (at >= 0) {
        for (int j = i; j < pages.size(); j++) {
          int e = pages.get(j).indexOf(end, j == i ? at : 0);
          if (e >= 0) {
            return new Pages(i + 1, at, j + 1, e + end.length());
          }
        }
      }
    }
    throw new AssertionError("not found: " + start + " … " + end);
  }

  @Test
  void theNinthCircuitOpinionCitesThePagesPrintedInItsRunningHeader() throws IOException {
    List<String> pages = pages("court_cl_9thCircuit-07-55393.pdf");
    List<String> labels = PrintedPages.find(pages);
    assertEquals(pages.size(), labels.size());
    assertEquals("2083", labels.get(0), "the first page's number is printed at its foot");
    assertEquals(List.of("2086", "2087", "2088"), labels.subList(1, 4));
    assertEquals(Integer.toString(2084 + pages.size()), labels.get(pages.size() - 1));
    Source opinion =
        new Source(
            DocumentKind.EVIDENCE,
            DocumentType.CASE,
            "court_cl_9thCircuit-07-55393.pdf",
            "Mortimer v. Baca",
            null,
            null,
            null,
            PageLabels.of(labels));
    Pages quote = span(pages, "it must be a con-", "among various alterna-");
    Pages across = new Pages(quote.startPage(), quote.startOffset(), 4, "tives.".length());
    assertEquals(3, across.startPage());
    assertEquals(
        "tives.",
        pages.get(3).substring(pages.get(3).indexOf("tives."), pages.get(3).indexOf("tives.") + 6));
    assertEquals(
        "Mortimer v. Baca, slip op. at 2087\u201388",
        PinCite.of(
            opinion,
            new Pages(3, quote.startOffset(), 4, pages.get(3).indexOf("tives.") + 6),
            byNumber(pages)));
  }

  @Test
  void aQuoteAcrossTheNinthCircuitsPageBreakLeavesOutTheRunningHeaderAndJoinsHyphenatedWords()
      throws IOException {
    List<String> pages = pages("court_cl_9thCircuit-07-55393.pdf");
    int start = pages.get(2).indexOf("it must be a con-");
    int end = pages.get(3).indexOf("tives.") + "tives.".length();
    Pages passage = new Pages(3, start, 4, end);
    String cited = CitedQuote.of(passage, byNumber(pages), PageLayout.of(pages));
    assertEquals("it must be a conscious or deliberate choice among various alternatives.", cited);
    assertTrue(
        pages.get(3).startsWith("2088 MORTIMER v. BACA"), "the stored text keeps its header");
  }

  @Test
  void aQuoteAcrossTheSecondCircuitsPageBreakLeavesOutPageFooterAndLineNumbers()
      throws IOException {
    List<String> pages = pages("court_cl_2ndCircuit-08-6301-cv_opn.pdf");
    Pages passage = span(pages, "However, when the CIS learned", "to reopen his");
    assertEquals(4, passage.startPage());
    assertEquals(5, passage.endPage());
    String cited = CitedQuote.of(passage, byNumber(pages), PageLayout.of(pages));
    assertEquals(
        "However, when the CIS learned that Plaintiff had been outside the country for over"
            + " fourteen months, the agency issued a motion to reopen his",
        cited);
    assertFalse(cited.contains("Page"), cited);
    assertEquals(List.of(), PrintedPages.find(pages), "'Page 5 of 9' is the page's own index");
    // A paragraph ends with a short line, and the empty numbered lines around a heading stay
    // breaks.
    Pages paragraphs = span(pages, "continuity of such residence.", "We review de novo");
    assertEquals(
        "continuity of such residence.\u201d \u00a7 1427(b).\nDiscussion\nWe review de novo",
        CitedQuote.of(paragraphs, byNumber(pages), PageLayout.of(pages)));
  }

  @Test
  void theViewerDimsTheRepeatedLinesAndOnlyThem() throws IOException {
    List<String> pages = pages("court_cl_9thCircuit-07-55393.pdf");
    PageLayout layout = PageLayout.of(pages);
    List<PageLayout.Range> third = layout.hidden(3);
    assertEquals(1, third.size(), third.toString());
    assertEquals(
        "MORTIMER v. BACA 2087",
        pages.get(2).substring(third.get(0).start(), third.get(0).end()).strip());
    assertEquals(
        "2083",
        pages
            .get(0)
            .substring(layout.hidden(1).get(0).start(), layout.hidden(1).get(0).end())
            .strip());
    List<String> second = pages("court_cl_2ndCircuit-08-6301-cv_opn.pdf");
    PageLayout numbered = PageLayout.of(second);
    long lineNumbers = numbered.hidden(5).stream().filter(r -> !r.wholeLine()).count();
    assertTrue(lineNumbers >= 20, "the margin numbers of page 5: " + lineNumbers);
  }

  @Test
  void opinionsAreFirstNamedByTheirCaseNameAndDatedByTheDayTheyWereDecided() throws IOException {
    List<String> ninth = pages("court_cl_9thCircuit-07-55393.pdf");
    assertEquals(java.util.Optional.of("Mortimer v. Baca"), DocumentNames.title(null, ninth));
    assertEquals(
        java.util.Optional.of(java.time.LocalDate.of(2010, 2, 5)), DocumentNames.date(ninth));
    List<String> second = pages("court_cl_2ndCircuit-08-6301-cv_opn.pdf");
    assertEquals(java.util.Optional.of("Gildernew v. Gantner"), DocumentNames.title("", second));
    assertEquals(
        java.util.Optional.of(java.time.LocalDate.of(2010, 2, 4)), DocumentNames.date(second));
    List<String> dc = pages("court_cl_DC-Circuit-07-3125-1229519.pdf");
    assertEquals(
        java.util.Optional.of("United States of America v. Samuel H. Vinton"),
        DocumentNames.title("untitled", dc));
    assertEquals(
        java.util.Optional.of("Brief History of Legal Research"),
        DocumentNames.title("Brief History of Legal Research", dc),
        "a PDF title that names something is kept");
  }

  @Test
  void aHeinOnlineScanCitesTheJournalPagesItsStampNamesAndQuotesLeaveTheStampOut()
      throws IOException {
    List<String> pages = pages("legal_lawreview_Harrington_heinonline_scan.pdf");
    List<String> labels = PrintedPages.find(pages);
    assertEquals("543", labels.get(0));
    assertEquals("556", labels.get(13));
    PageLayout layout = PageLayout.of(pages);
    assertEquals(1, layout.hidden(2).size(), "the stamp is a running line");
  }
}
