package org.pincite.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF read back with PDFBox: every quote and cite in its section and in order, Korean
 * unchanged, working contents.
 */
class PdfReportWriterTest {
  static byte[] pdf(ClaimReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(report, out);
    return out.toByteArray();
  }

  static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc);
  }

  /**
   * The pages' text without their footers, so that a quote running over a page break reads as one.
   */
  static String body(PDDocument doc, int from, int to) throws IOException {
    StringBuilder all = new StringBuilder();
    for (int n = from; n <= to; n++) {
      String page = text(doc, n, n);
      int footer = page.lastIndexOf("Page " + n + " of ");
      assertTrue(footer >= 0, "page " + n + " has its footer");
      all.append(page, 0, Math.max(0, page.lastIndexOf('\n', footer))).append('\n');
    }
    return all.toString();
  }

  /** Text in reading position, so that a number written later beside a line reads on that line. */
  static String positional(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  /** White space as one space: wrapping turns spaces into line breaks, never changes words. */
  static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** Asserts that the pieces occur in {@code text} in this order, and returns where each begins. */
  static List<Integer> inOrder(String text, List<String> pieces) {
    List<Integer> at = new ArrayList<>();
    int from = 0;
    for (String piece : pieces) {
      int i = text.indexOf(flat(piece), from);
      assertTrue(i >= 0, "'" + piece + "' should follow position " + from + " in:\n" + text);
      at.add(i);
      from = i + flat(piece).length();
    }
    return at;
  }

  @Test
  void everyQuoteAndCiteStandsInItsSectionUnderItsStanceInOrder() throws IOException {
    ClaimReport report = ReportSamples.small(true);
    try (PDDocument doc = Loader.loadPDF(pdf(report))) {
      int pages = doc.getNumberOfPages();
      String first = flat(text(doc, 1, 1));
      inOrder(
          first,
          List.of(
              "Evidence report",
              "Musk v. Altman et al.",
              "Superior Court of California, County of San Francisco",
              "No. CGC-24-612746",
              "Count: Breach of contract (the Founding Agreement)",
              "Asserted by Elon Musk",
              "Prepared 29 November 2026, 18:30 UTC by attorney",
              "4 supporting · 1 refuting · 1 context passages · 3 documents cited · 3 gaps",
              "Contents"));
      String body = flat(body(doc, 2, pages));
      List<String> expected = new ArrayList<>();
      for (ClaimSection s : report.sections()) {
        expected.add(s.title());
        expected.add("Supporting (" + s.supporting().size() + ")");
        s.supporting()
            .forEach(
                e -> {
                  expected.add(e.quote());
                  expected.add(e.cite());
                });
        expected.add("Refuting (" + s.refuting().size() + ")");
        s.refuting()
            .forEach(
                e -> {
                  expected.add(e.quote());
                  expected.add(e.cite());
                });
        expected.add("Context (" + s.context().size() + ")");
        s.context()
            .forEach(
                e -> {
                  expected.add(e.quote());
                  expected.add(e.cite());
                });
      }
      expected.add("Gaps");
      report.gaps().forEach(g -> expected.add(g.title() + " \u2014 " + g.description()));
      expected.add("Index of cited documents");
      report
          .index()
          .forEach(
              d -> {
                expected.add(d.title());
                expected.add("SHA-256 " + d.sha256());
              });
      inOrder(body, expected);
      assertTrue(
          body.contains("Note: The agreement itself. Marked by paralegal on 3 Mar 2026"), body);
      for (int n = 1; n <= pages; n++) {
        assertTrue(text(doc, n, n).contains("Page " + n + " of " + pages), "footer on page " + n);
      }
    }
  }

  @Test
  void aKoreanQuoteComesBackFromThePdfUnchanged() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ReportSamples.small(false)))) {
      String all = text(doc, 1, doc.getNumberOfPages());
      assertTrue(all.contains(ReportSamples.KOREAN_QUOTE), all);
      assertTrue(all.contains("한국어 메모"), "a Korean note too");
      assertFalse(all.contains("[U+"), "no character went without a glyph");
    }
  }

  @Test
  void withoutContextTheContextPassagesAreLeftOut() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(ReportSamples.small(false)))) {
      String all = flat(text(doc, 1, doc.getNumberOfPages()));
      assertFalse(all.contains("OpenAI, Inc. was incorporated in December 2015"), all);
      assertFalse(all.contains("Context ("));
    }
  }

  @Test
  void theContentsLinkToTheirSectionsAndTheBookmarksNameEverySection() throws IOException {
    ClaimReport report = ReportSamples.small(true);
    try (PDDocument doc = Loader.loadPDF(pdf(report))) {
      List<String> titles =
          new ArrayList<>(report.sections().stream().map(ClaimSection::title).toList());
      titles.add("Gaps");
      titles.add("Index of cited documents");
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
        if (a instanceof PDAnnotationLink link) {
          links.add(link);
        }
      }
      assertEquals(titles.size(), links.size(), "one link per contents entry");
      for (int i = 0; i < links.size(); i++) {
        PDPage target = ((PDPageDestination) links.get(i).getDestination()).getPage();
        int n = doc.getPages().indexOf(target) + 1;
        assertTrue(n > 1, "a section lies after the contents");
        assertTrue(flat(text(doc, n, n)).contains(titles.get(i)), titles.get(i) + " on page " + n);
        assertTrue(
            flat(positional(doc, 1)).contains(titles.get(i) + " " + n),
            "the contents give its page: " + titles.get(i) + " " + n);
      }
      List<String> bookmarks = new ArrayList<>();
      collect(doc.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
      assertEquals(titles, bookmarks);
      PDOutlineItem count = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertEquals(
          "Element: A contract existed",
          count.getFirstChild().getTitle(),
          "elements nest under their count");
    }
  }

  private static void collect(Iterable<PDOutlineItem> items, List<String> into) {
    for (PDOutlineItem item : items) {
      into.add(item.getTitle());
      collect(item.children(), into);
    }
  }

  @Test
  void fiveHundredPassagesMakeManyPagesWithEveryQuote() throws IOException {
    ClaimReport report = ReportSamples.large(500);
    try (PDDocument doc = Loader.loadPDF(pdf(report))) {
      assertTrue(doc.getNumberOfPages() > 20, "pages: " + doc.getNumberOfPages());
      String all = flat(body(doc, 1, doc.getNumberOfPages()));
      for (ClaimSection s : report.sections()) {
        for (PassageEntry e : s.supporting()) {
          assertTrue(all.contains(flat(e.quote().strip())), e.quote());
        }
      }
    }
  }

  @Test
  void theClaimChartListsEveryRowWithItsCountsAndGaps() throws IOException {
    ClaimChart chart = ReportSamples.chart();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(chart, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String all = flat(text(doc, 1, doc.getNumberOfPages()));
      inOrder(
          all,
          List.of(
              "Claim chart",
              "Musk v. Altman et al.",
              "Claim / element",
              "Supp.",
              "Ref.",
              "Count: Breach of contract",
              "Element: A contract existed",
              "Element: 일론 머스크의 기여",
              "Defence: Musk knew of",
              "Index of cited documents"));
      assertTrue(all.contains("Gap: nothing supports it"));
      assertTrue(all.contains("Page 1 of " + doc.getNumberOfPages()));
    }
  }
}
