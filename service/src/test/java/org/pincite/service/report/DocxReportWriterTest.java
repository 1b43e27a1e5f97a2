package org.pincite.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The DOCX read back with POI: headings in order, one table per side, every quote and cite in its
 * row.
 */
class DocxReportWriterTest {
  private static XWPFDocument docx(ClaimReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxReportWriter().write(report, out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void headingsAndTablesFollowTheSectionsAndHoldEachQuoteWithItsCite() throws IOException {
    ClaimReport report = ReportSamples.small(true);
    try (XWPFDocument doc = docx(report)) {
      assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
      assertNotNull(doc.getStyles().getStyle("Heading3"));
      // The body as a list: "H<level>:<text>" for headings, "T:<quote>|<cite>" per table row.
      List<String> body = new ArrayList<>();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p
            && p.getStyle() != null
            && p.getStyle().startsWith("Heading")) {
          body.add("H" + p.getStyle().substring(7) + ":" + p.getText());
        } else if (element instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows().subList(1, t.getRows().size())) {
            body.add(
                row.getTableCells().size() == 2
                    ? "G:" + row.getCell(0).getText() + "|" + row.getCell(1).getText()
                    : "T:" + row.getCell(1).getText() + "|" + row.getCell(2).getText());
          }
        }
      }
      List<String> expected = new ArrayList<>();
      for (ClaimSection s : report.sections()) {
        expected.add("H" + Math.min(s.depth() + 1, 2) + ":" + s.title());
        expected.add("H3:Supporting (" + s.supporting().size() + ")");
        s.supporting().forEach(e -> expected.add("T:" + e.quote() + "|" + e.cite()));
        expected.add("H3:Refuting (" + s.refuting().size() + ")");
        s.refuting().forEach(e -> expected.add("T:" + e.quote() + "|" + e.cite()));
        expected.add("H3:Context (" + s.context().size() + ")");
        s.context().forEach(e -> expected.add("T:" + e.quote() + "|" + e.cite()));
      }
      expected.add("H1:Gaps");
      report.gaps().forEach(g -> expected.add("G:" + g.title() + "|" + g.description()));
      expected.add("H1:Index of cited documents");
      assertEquals(expected, body.subList(0, expected.size()));
      XWPFTable index = doc.getTables().get(doc.getTables().size() - 1);
      assertEquals("Bates", index.getRow(0).getCell(5).getText());
      assertEquals("SHA-256 of the original", index.getRow(0).getCell(6).getText());
      assertEquals("a".repeat(64), index.getRow(1).getCell(6).getText());
      assertTrue(
          doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("No. CGC-24-612746")));
    }
  }

  @Test
  void koreanTextAndParagraphBreaksSurviveTheRoundTrip() throws IOException {
    PassageEntry twoLines =
        ReportSamples.entry(
            1, 1, org.pincite.domain.annotation.Stance.SUPPORTS, "첫째 줄\n둘째 줄", "Ex. 1, at 1", null);
    ClaimReport small = ReportSamples.small(false);
    ClaimSection section =
        new ClaimSection(
            9,
            0,
            org.pincite.domain.claim.ClaimKind.COUNT,
            "소송",
            null,
            List.of(twoLines),
            List.of(),
            List.of());
    ClaimReport report =
        new ClaimReport(
            small.header(), false, List.of(section), List.of(), small.counts(), List.of());
    try (XWPFDocument doc = docx(report)) {
      XWPFTable table = doc.getTables().get(0);
      // A quote's paragraph break is a paragraph of the cell, not a hard line break.
      assertEquals(
          List.of("첫째 줄", "둘째 줄"),
          table.getRow(1).getCell(1).getParagraphs().stream()
              .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
              .toList());
      assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Count: 소송")));
    }
  }

  @Test
  void theClaimChartIsOneTableWithARowPerClaim() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxReportWriter().write(ReportSamples.chart(), out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      XWPFTable table = doc.getTables().get(0);
      assertEquals(1 + ReportSamples.chart().rows().size(), table.getRows().size());
      assertTrue(table.getRow(3).getCell(0).getText().endsWith("Element: 일론 머스크의 기여"));
      assertEquals("Gap: nothing supports it", table.getRow(3).getCell(4).getText());
      assertEquals("Compl.; Fwd: labs", table.getRow(2).getCell(5).getText());
    }
  }

  @Test
  void quotesAndCitesShareOneFontRowsDoNotSplitAndNotesCanBeLeftOut() throws IOException {
    ClaimReport report = ReportSamples.small(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxReportWriter().write(report, out);
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      var table = doc.getTables().get(0);
      var row = table.getRow(1);
      assertTrue(row.isCantSplitRow(), "a passage's row stays on one page");
      for (var cell : row.getTableCells()) {
        for (var p : cell.getParagraphs()) {
          assertTrue(p.getCTP().getPPr().isSetWidowControl(), "widows and orphans are kept");
          p.getRuns().forEach(r -> assertEquals(DocxReportWriter.FONT, r.getFontFamily()));
        }
      }
      assertTrue(table.getText().contains("The agreement itself."), "the memo keeps the notes");
    }
    ByteArrayOutputStream filed = new ByteArrayOutputStream();
    new DocxReportWriter().write(report.withoutNotes(), filed);
    try (XWPFDocument doc =
            new XWPFDocument(new java.io.ByteArrayInputStream(filed.toByteArray()));
        var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertTrue(!words.getText().contains("The agreement itself."), "the filed version has none");
      assertTrue(words.getText().contains("Compl. \u00b6 7"), words.getText());
    }
  }
}
