package org.pincite.service.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.pincite.service.report.DocxReportWriter;

/**
 * Statements as Word documents to edit and file: Letter pages with 1-inch margins, 12-point Times
 * New Roman, double-spaced text and one-and-a-half-spaced tables and caption; the caption as a
 * California filing shows it (court, the parties boxed on the left, case number and title on the
 * right); each issue a real "heading 1" (so Word's navigation pane lists them) over a real
 * two-column Word table whose heading row repeats on every page.
 */
public class DocxStatementWriter {
  private static final String FONT = "Times New Roman";
  private static final int TEXT_WIDTH_TWIPS = 9360;
  private static final double DOUBLE = 2.0;
  private static final double ONE_AND_A_HALF = 1.5;

  public void write(Statement s, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      styles(doc);
      doc.getProperties().getCoreProperties().setTitle(s.caption().title());
      doc.getProperties().getCoreProperties().setCreator("Pincite");
      if (s.kind() == StatementKind.SEPARATE_STATEMENT) {
        caption(doc, s.caption());
      } else {
        federalCaption(doc, s.caption());
      }
      if (s.kind() == StatementKind.SEPARATE_STATEMENT) {
        separateStatement(doc, s);
      } else {
        statementOfFacts(doc, s);
      }
      for (String line : StatementText.closing(s)) {
        text(doc, line, false, ParagraphAlignment.LEFT, DOUBLE);
      }
      doc.write(out);
    }
  }

  private static void separateStatement(XWPFDocument doc, Statement s) {
    for (StatementIssue issue : s.issues()) {
      heading(doc, issue.heading());
      if (issue.facts().isEmpty()) {
        text(doc, StatementText.NO_FACTS, false, ParagraphAlignment.LEFT, DOUBLE);
        continue;
      }
      XWPFTable table = doc.createTable(issue.facts().size() + 1, 2);
      widths(table);
      fill(table.getRow(0).getCell(0), List.of(StatementText.MOVING_COLUMN), true);
      fill(table.getRow(0).getCell(1), List.of(StatementText.OPPOSING_COLUMN), true);
      table.getRow(0).setRepeatHeader(true);
      for (int i = 0; i < issue.facts().size(); i++) {
        StatementFact f = issue.facts().get(i);
        XWPFTableRow row = table.getRow(i + 1);
        fill(row.getCell(0), StatementText.evidenceCell(f), false);
        fill(row.getCell(1), StatementText.responseCell(f), false);
      }
      doc.createParagraph(); // keeps two issues' tables apart when edited
    }
  }

  private static void statementOfFacts(XWPFDocument doc, Statement s) {
    text(doc, StatementText.opening(s), false, ParagraphAlignment.BOTH, DOUBLE);
    for (StatementFact f : s.paragraphs()) {
      XWPFParagraph p =
          text(doc, StatementText.paragraph(f), false, ParagraphAlignment.BOTH, DOUBLE);
      p.setFirstLineIndent(720);
      if (s.opposing()) {
        text(doc, StatementText.response(f), false, ParagraphAlignment.BOTH, DOUBLE)
            .setIndentationLeft(720);
      }
    }
  }

  private static void caption(XWPFDocument doc, StatementCaption c) {
    // The California caption box: a rule down the right of the parties and under them.
    XWPFTable box = captionBox(doc, c, StatementText.parties(c), false);
    fill(box.getRow(0).getCell(1), List.of(StatementText.caseNumber(c), "", c.title()), false);
    box.getRow(0).getCell(1).getParagraphs().get(2).getRuns().get(0).setBold(true);
    doc.createParagraph();
  }

  /**
   * The caption as a federal district court's papers show it: the court centred, the parties in a
   * box ruled above, below and down its right side ("-against-" between them), the case number
   * beside it, and the title centred under the box.
   */
  private static void federalCaption(XWPFDocument doc, StatementCaption c) {
    XWPFTable box = captionBox(doc, c, StatementText.federalParties(c), true);
    for (XWPFParagraph p : box.getRow(0).getCell(0).getParagraphs()) {
      if (StatementText.AGAINST.equals(p.getText())) {
        p.setAlignment(ParagraphAlignment.CENTER);
      } else if (p.getText().startsWith(" ")) {
        p.getRuns().get(0).setText(p.getText().strip(), 0);
        p.setIndentationLeft(2880);
      }
    }
    fill(box.getRow(0).getCell(1), List.of("", "", StatementText.caseNumber(c)), false);
    box.getRow(0).getCell(1).getParagraphs().forEach(p -> p.setIndentationLeft(360));
    doc.createParagraph();
    text(doc, c.title(), true, ParagraphAlignment.CENTER, ONE_AND_A_HALF);
    doc.createParagraph();
  }

  /**
   * The court's name centred, then a borderless two-column table whose left cell holds {@code
   * parties}, ruled down its right side and under it (and over it, when {@code ruledAbove}).
   */
  private static XWPFTable captionBox(
      XWPFDocument doc, StatementCaption c, List<String> parties, boolean ruledAbove) {
    for (String line : StatementText.court(c)) {
      text(doc, line, true, ParagraphAlignment.CENTER, ONE_AND_A_HALF);
    }
    doc.createParagraph();
    XWPFTable box = doc.createTable(1, 2);
    widths(box);
    box.removeBorders();
    XWPFTableCell cell = box.getRow(0).getCell(0);
    fill(cell, parties, false);
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTcBorders borders = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
    if (ruledAbove) {
      border(borders.addNewTop());
    }
    border(borders.addNewRight());
    border(borders.addNewBottom());
    return box;
  }

  private static void border(CTBorder b) {
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(8));
    b.setColor("000000");
  }

  private static void widths(XWPFTable table) {
    table.setWidth("100%");
    var grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    for (int i = 0; i < 2; i++) {
      var column = i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
      column.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS / 2));
    }
    for (XWPFTableRow row : table.getRows()) {
      row.getCell(0).setWidth("50%");
      row.getCell(1).setWidth("50%");
    }
  }

  /** One paragraph per line of {@code lines} in the cell (its first paragraph reused). */
  private static void fill(XWPFTableCell cell, List<String> lines, boolean bold) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      p.setSpacingBetween(ONE_AND_A_HALF);
      p.setSpacingAfter(0);
      if (bold) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      run(p, lines.get(i), bold);
    }
  }

  private static XWPFParagraph text(
      XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, double spacing) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingBetween(spacing);
    p.setSpacingAfter(0);
    run(p, text, bold);
    return p;
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading1");
    p.setSpacingBetween(ONE_AND_A_HALF);
    run(p, text, true);
  }

  private static void run(XWPFParagraph p, String text, boolean bold) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(12);
    run.setBold(bold);
    run.setText(DocxReportWriter.xmlSafe(text == null ? "" : text.replace('\n', ' ')));
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(12240));
    size.setH(BigInteger.valueOf(15840));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1440));
    margins.setBottom(BigInteger.valueOf(1440));
    margins.setLeft(BigInteger.valueOf(1440));
    margins.setRight(BigInteger.valueOf(1440));
  }

  /** "heading 1" for the issues, so Word treats them as headings. */
  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId("Heading1");
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal("heading 1");
    ct.addNewQFormat();
    ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
    CTPPrGeneral ppr = ct.addNewPPr();
    ppr.addNewOutlineLvl().setVal(BigInteger.ZERO);
    ppr.addNewKeepNext();
    ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
    CTRPr rpr = ct.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(24));
    rpr.addNewRFonts().setAscii(FONT);
    styles.addStyle(new XWPFStyle(ct, styles));
  }
}
