package org.pincite.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.pincite.domain.annotation.Stance;

/**
 * Reports and claim charts as Word documents to edit into a brief: real heading styles ("heading 1"
 * to "heading 3", with outline levels, so Word's navigation pane and LibreOffice's navigator list
 * the sections and a table of contents can be inserted), and one table per side of each claim.
 */
public class DocxReportWriter implements ReportWriter {
  /** The one font family of the document. */
  static final String FONT = "Arial";

  static final List<String> PASSAGE_COLUMNS =
      List.of("#", "Quote", "Pin cite", "Note", "Marked by");

  /**
   * The quote gets the room; without widths Word and LibreOffice split a table into equal columns.
   */
  private static final double[] PASSAGE_WIDTHS = {0.05, 0.45, 0.2, 0.15, 0.15};

  private static final double[] CHART_WIDTHS = {0.3, 0.12, 0.08, 0.08, 0.12, 0.15, 0.15};
  private static final double[] INDEX_WIDTHS = {0.25, 0.08, 0.09, 0.09, 0.05, 0.16, 0.28};

  /**
   * The text width of a Letter page with Word's default 1-inch margins, in twentieths of a point.
   */
  private static final int TEXT_WIDTH_TWIPS = 9360;

  @Override
  public void write(ClaimReport report, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      styles(doc);
      ReportHeader h = report.header();
      doc.getProperties().getCoreProperties().setTitle(report.title());
      doc.getProperties().getCoreProperties().setCreator(h.preparedBy());
      header(doc, "Evidence report", h, true);
      ReportCounts n = report.counts();
      text(
          doc,
          n.supporting()
              + " supporting · "
              + n.refuting()
              + " refuting"
              + (report.includesContext() ? " · " + n.context() + " context" : "")
              + " passages · "
              + n.documents()
              + " documents cited · "
              + n.gaps()
              + (n.gaps() == 1 ? " gap" : " gaps"),
          true,
          false);

      for (ClaimSection s : report.sections()) {
        int level = Math.min(s.depth() + 1, 2);
        heading(doc, s.title(), level);
        if (s.text() != null && !s.text().isBlank()) {
          text(doc, s.text(), false, true);
        }
        side(doc, "Supporting", s.supporting(), Stance.SUPPORTS);
        side(doc, "Refuting", s.refuting(), Stance.REFUTES);
        if (report.includesContext()) {
          side(doc, "Context", s.context(), Stance.CONTEXT);
        }
      }

      heading(doc, "Gaps", 1);
      if (report.gaps().isEmpty()) {
        text(doc, "Every claim and element has evidence on both sides.", false, true);
      } else {
        List<List<String>> rows = new ArrayList<>();
        for (Gap g : report.gaps()) {
          rows.add(List.of(g.title(), g.description()));
        }
        table(doc, List.of("Claim or element", "Gap"), rows, new double[] {0.6, 0.4});
      }
      index(doc, report.index());
      doc.write(out);
    }
  }

  @Override
  public void write(ClaimChart chart, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      styles(doc);
      doc.getProperties().getCoreProperties().setTitle(chart.title());
      doc.getProperties().getCoreProperties().setCreator(chart.header().preparedBy());
      header(doc, "Claim chart", chart.header(), false);
      heading(doc, "Claims and elements", 1);
      List<List<String>> rows = new ArrayList<>();
      for (ClaimChart.Row r : chart.rows()) {
        // Non-breaking spaces indent an element under its claim in a way Word keeps when editing.
        rows.add(
            List.of(
                "\u00a0\u00a0\u00a0\u00a0".repeat(r.depth()) + r.kind() + ": " + r.label(),
                r.assertedBy(),
                Integer.toString(r.supporting()),
                Integer.toString(r.refuting()),
                r.gapText(),
                String.join("; ", r.supportingDocuments()),
                String.join("; ", r.refutingDocuments())));
      }
      table(
          doc,
          List.of(
              "Claim / element",
              "Asserted by",
              "Supporting",
              "Refuting",
              "Gap",
              "Supporting documents",
              "Refuting documents"),
          rows,
          CHART_WIDTHS);
      index(doc, chart.index());
      doc.write(out);
    }
  }

  private static void header(XWPFDocument doc, String kind, ReportHeader h, boolean withClaim) {
    XWPFParagraph title = doc.createParagraph();
    title.setStyle("Title");
    title.createRun().setText(kind + ": " + h.caption());
    text(doc, h.court(), false, false);
    text(doc, "No. " + h.docketNumber(), false, false);
    if (withClaim) {
      text(doc, h.claimKind() + ": " + h.claimLabel(), true, false);
      text(doc, "Asserted by " + h.assertedBy(), false, false);
    }
    text(doc, "Prepared " + h.preparedOn() + " by " + h.preparedBy(), false, true);
  }

  private static void side(
      XWPFDocument doc, String name, List<PassageEntry> entries, Stance stance) {
    heading(doc, name + " (" + entries.size() + ")", 3);
    if (entries.isEmpty()) {
      text(
          doc,
          stance == Stance.CONTEXT
              ? "No context passages."
              : "None — a gap: no " + name.toLowerCase() + " evidence is marked.",
          false,
          true);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    int i = 0;
    for (PassageEntry e : entries) {
      rows.add(
          List.of(
              Integer.toString(++i),
              e.quote().strip(),
              e.cite(),
              e.hasNote() ? e.note().strip() : "",
              e.markedBy()));
    }
    table(doc, PASSAGE_COLUMNS, rows, PASSAGE_WIDTHS);
  }

  private static void index(XWPFDocument doc, List<CitedDocument> index) {
    heading(doc, "Index of cited documents", 1);
    if (index.isEmpty()) {
      text(doc, "No document is cited.", false, true);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (CitedDocument d : index) {
      rows.add(
          List.of(
              d.title(),
              d.exhibit(),
              d.type(),
              d.dateText(),
              Integer.toString(d.pageCount()),
              d.batesText(),
              d.sha256()));
    }
    table(
        doc,
        List.of("Title", "Exhibit", "Type", "Date", "Pages", "Bates", "SHA-256 of the original"),
        rows,
        INDEX_WIDTHS);
  }

  static void heading(XWPFDocument doc, String text, int level) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading" + level);
    p.createRun().setText(text);
  }

  static void text(XWPFDocument doc, String text, boolean bold, boolean italic) {
    XWPFParagraph p = doc.createParagraph();
    runs(p, text, bold, italic);
  }

  /** Line breaks in a quote stay line breaks in Word (a run's text cannot hold them). */
  private static void runs(XWPFParagraph p, String text, boolean bold, boolean italic) {
    String[] lines =
        (text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setItalic(italic);
    // One family for quotes, cites and all else (the PDF's Liberation Sans is metric-compatible).
    run.setFontFamily(FONT);
    // No paragraph leaves a lone first or last line at a page break.
    (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewWidowControl();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(xmlSafe(lines[i]), i);
    }
  }

  /**
   * Characters XML 1.0 cannot hold (stray control codes from extracted text) would make the file
   * unreadable.
   */
  public static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (c == 0x9
                  || c == 0xA
                  || c == 0xD
                  || (c >= 0x20 && c <= 0xD7FF)
                  || (c >= 0xE000 && c <= 0xFFFD)
                  || c >= 0x10000) {
                out.appendCodePoint(c);
              } else {
                out.append(' ');
              }
            });
    return out.toString();
  }

  static void table(
      XWPFDocument doc, List<String> headings, List<List<String>> rows, double[] widths) {
    XWPFTable table = doc.createTable(rows.size() + 1, headings.size());
    table.setWidth("100%");
    // Both the grid (LibreOffice reads it) and each cell's width (Word reads that) say how wide a
    // column is.
    var grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    for (int i = 0; i < widths.length; i++) {
      var column = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
      column.setW(BigInteger.valueOf(Math.round(widths[i] * TEXT_WIDTH_TWIPS)));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < widths.length; i++) {
        row.getCell(i).setWidth(Math.round(widths[i] * 100) + "%");
      }
    }
    fill(table.getRow(0), headings, true);
    table.getRow(0).setRepeatHeader(true);
    for (int i = 0; i < rows.size(); i++) {
      fill(table.getRow(i + 1), rows.get(i), false);
      // A passage's row (quote, cite, note) stays on one page.
      table.getRow(i + 1).setCantSplitRow(true);
    }
    doc.createParagraph(); // keeps two tables in a row from merging into one when edited
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean heading) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFTableCell cell = row.getCell(i);
      // A quote's paragraphs are paragraphs in Word, not hard line breaks inside one.
      String[] paragraphs =
          (cells.get(i) == null ? "" : cells.get(i).replace("\r\n", "\n").replace('\r', '\n'))
              .split("\n", -1);
      for (int k = 0; k < paragraphs.length; k++) {
        XWPFParagraph p = k == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        runs(p, paragraphs[k], heading, false);
      }
      if (heading) {
        cell.setColor("E8E8E8");
      }
    }
  }

  /**
   * A blank XWPFDocument has no styles: define Title and heading 1–3 so that Word treats them as
   * headings.
   */
  static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    style(styles, "Title", "Title", -1, 36, false);
    style(styles, "Heading1", "heading 1", 0, 30, true);
    style(styles, "Heading2", "heading 2", 1, 26, true);
    style(styles, "Heading3", "heading 3", 2, 22, true);
  }

  private static void style(
      XWPFStyles styles,
      String id,
      String name,
      int outlineLevel,
      int halfPoints,
      boolean keepNext) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    ct.addNewQFormat();
    ct.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
    CTPPrGeneral ppr = ct.addNewPPr();
    if (outlineLevel >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    if (keepNext) {
      ppr.addNewKeepNext();
    }
    ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
    CTRPr rpr = ct.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii("Calibri");
    fonts.setHAnsi("Calibri");
    styles.addStyle(new XWPFStyle(ct, styles));
  }
}
