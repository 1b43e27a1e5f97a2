package org.pincite.service.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.pincite.service.report.PdfCanvas;
import org.pincite.service.report.PdfCanvas.Style;

/**
 * Statements as PDF to read and file: Letter pages with 1-inch margins, 12-point text, the caption
 * as a California filing shows it, each issue's facts in a ruled two-column table whose heading row
 * is repeated on every page it runs onto, "Page n of m" and the case at the foot of each page.
 */
public class PdfStatementWriter {
  private static final float MARGIN = 72;
  private static final float PAD = 5;

  public void write(Statement s, OutputStream out) throws IOException {
    try (PdfCanvas c = new PdfCanvas(PDRectangle.LETTER, MARGIN)) {
      c.describe(s.caption().title(), "Pincite");
      c.newPage();
      if (s.kind() == StatementKind.SEPARATE_STATEMENT) {
        caption(c, s.caption());
      } else {
        federalCaption(c, s.caption());
      }
      if (s.kind() == StatementKind.SEPARATE_STATEMENT) {
        separateStatement(c, s);
      } else {
        c.paragraph(StatementText.opening(s), Style.PAPER, 0);
        for (StatementFact f : s.paragraphs()) {
          c.paragraph(StatementText.paragraph(f), Style.PAPER, 0);
          if (s.opposing()) {
            c.paragraph(StatementText.response(f), Style.PAPER, 36);
          }
        }
      }
      c.space(Style.PAPER.leading());
      for (String line : StatementText.closing(s)) {
        c.paragraph(line, Style.PAPER_TABLE, 0);
      }
      c.footers(s.caption().caption() + ", No. " + s.caption().docketNumber());
      c.save(out);
    }
  }

  private static void caption(PdfCanvas c, StatementCaption caption) throws IOException {
    court(c, caption);
    c.space(Style.PAPER_TABLE.leading());
    float half = c.width() / 2;
    List<String> left = new ArrayList<>();
    for (String p : StatementText.parties(caption)) {
      left.addAll(p.isEmpty() ? List.of("") : c.wrap(p, Style.PAPER_TABLE, half - 2 * PAD));
    }
    List<String> right = new ArrayList<>();
    right.add(StatementText.caseNumber(caption));
    right.add("");
    List<String> title = c.wrap(caption.title(), Style.PAPER_BOLD, half - 3 * PAD);
    right.addAll(title);
    int rows = Math.max(left.size(), right.size());
    float leading = Style.PAPER_TABLE.leading();
    c.ensure(rows * leading);
    float top = c.y();
    for (int i = 0; i < rows; i++) {
      float baseline = c.y() - leading + (leading - Style.PAPER_TABLE.size()) / 2;
      if (i < left.size()) {
        c.show(left.get(i), Style.PAPER_TABLE, c.margin(), baseline);
      }
      if (i < right.size()) {
        c.show(
            right.get(i),
            i >= 2 ? Style.PAPER_BOLD : Style.PAPER_TABLE,
            c.margin() + half + 2 * PAD,
            baseline);
      }
      c.space(leading);
    }
    c.stroke(c.margin() + half, top, c.margin() + half, c.y());
    c.stroke(c.margin(), c.y(), c.margin() + half, c.y());
    c.space(Style.PAPER.leading());
  }

  /**
   * The caption as a federal district court's papers show it: the court centred, the parties in a
   * box ruled above, below and down its right side ("-against-" centred between them), the case
   * number beside it, and the title centred under the box.
   */
  private static void federalCaption(PdfCanvas c, StatementCaption caption) throws IOException {
    court(c, caption);
    c.space(Style.PAPER_TABLE.leading());
    float half = c.width() / 2;
    List<String> left = StatementText.federalParties(caption);
    float leading = Style.PAPER_TABLE.leading();
    List<Float> at = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String p : left) {
      String line = p.strip();
      float x =
          StatementText.AGAINST.equals(line)
              ? c.margin() + (half - c.measure(line, Style.PAPER_TABLE)) / 2
              : c.margin() + (p.startsWith(" ") ? half / 2 : 0);
      float width = half - 2 * PAD - (x - c.margin());
      for (String wrapped : line.isEmpty() ? List.of("") : c.wrap(line, Style.PAPER_TABLE, width)) {
        shown.add(wrapped);
        at.add(x);
      }
    }
    c.ensure((shown.size() + 2) * leading);
    float top = c.y();
    c.space(PAD);
    for (int i = 0; i < shown.size(); i++) {
      float baseline = c.y() - leading + (leading - Style.PAPER_TABLE.size()) / 2;
      c.show(shown.get(i), Style.PAPER_TABLE, at.get(i), baseline);
      if (i == 2) {
        c.show(
            StatementText.caseNumber(caption),
            Style.PAPER_TABLE,
            c.margin() + half + 4 * PAD,
            baseline);
      }
      c.space(leading);
    }
    c.space(PAD);
    c.stroke(c.margin(), top, c.margin() + half, top);
    c.stroke(c.margin() + half, top, c.margin() + half, c.y());
    c.stroke(c.margin(), c.y(), c.margin() + half, c.y());
    c.space(Style.PAPER.leading());
    for (String line : c.wrap(caption.title(), Style.PAPER_BOLD, c.width() - 8 * PAD)) {
      c.ensure(Style.PAPER_BOLD.leading());
      c.line(
          line, Style.PAPER_BOLD, c.margin() + (c.width() - c.measure(line, Style.PAPER_BOLD)) / 2);
    }
    c.space(Style.PAPER.leading());
  }

  private static void court(PdfCanvas c, StatementCaption caption) throws IOException {
    for (String line : StatementText.court(caption)) {
      c.ensure(Style.PAPER_BOLD.leading());
      c.line(
          line, Style.PAPER_BOLD, c.margin() + (c.width() - c.measure(line, Style.PAPER_BOLD)) / 2);
    }
  }

  private static void separateStatement(PdfCanvas c, Statement s) throws IOException {
    for (StatementIssue issue : s.issues()) {
      c.space(Style.PAPER_TABLE.leading() / 2);
      c.ensure(Style.PAPER_BOLD.leading() * 4);
      c.paragraph(issue.heading(), Style.PAPER_BOLD, 0);
      c.space(PAD);
      if (issue.facts().isEmpty()) {
        c.paragraph(StatementText.NO_FACTS, Style.PAPER, 0);
        continue;
      }
      Table table = new Table(c);
      table.header();
      for (StatementFact f : issue.facts()) {
        table.row(StatementText.evidenceCell(f), StatementText.responseCell(f));
      }
    }
  }

  /**
   * A two-column ruled table drawn line by line: a row taller than what is left of the page
   * continues on the next, under the repeated heading row.
   */
  private static final class Table {
    private final PdfCanvas c;
    private final float half;
    private final float leading = Style.PAPER_TABLE.leading();

    Table(PdfCanvas c) {
      this.c = c;
      this.half = c.width() / 2;
    }

    void header() throws IOException {
      row(
          List.of(StatementText.MOVING_COLUMN),
          List.of(StatementText.OPPOSING_COLUMN),
          Style.PAPER_BOLD,
          false);
    }

    void row(List<String> left, List<String> right) throws IOException {
      row(left, right, Style.PAPER_TABLE, true);
    }

    private void row(List<String> left, List<String> right, Style style, boolean repeatHeader)
        throws IOException {
      List<String> l = lines(left, style);
      List<String> r = lines(right, style);
      int count = Math.max(l.size(), r.size());
      // A row starts on a new page when not even its first two lines fit.
      if (c.y() - Math.min(count, 2) * leading - 2 * PAD < c.margin()) {
        c.newPage();
        if (repeatHeader) {
          header();
        }
      }
      float top = c.y();
      c.space(PAD);
      for (int i = 0; i < count; i++) {
        if (c.y() - leading - PAD < c.margin()) {
          box(top, c.y() - PAD);
          c.newPage();
          if (repeatHeader) {
            header();
          }
          top = c.y();
          c.space(PAD);
        }
        float baseline = c.y() - leading + (leading - style.size()) / 2;
        if (i < l.size()) {
          c.show(l.get(i), style, c.margin() + PAD, baseline);
        }
        if (i < r.size()) {
          c.show(r.get(i), style, c.margin() + half + PAD, baseline);
        }
        c.space(leading);
      }
      c.space(PAD);
      box(top, c.y());
    }

    private void box(float top, float bottom) throws IOException {
      float x0 = c.margin();
      float x1 = c.margin() + half;
      float x2 = c.margin() + c.width();
      c.stroke(x0, top, x2, top);
      c.stroke(x0, bottom, x2, bottom);
      c.stroke(x0, top, x0, bottom);
      c.stroke(x1, top, x1, bottom);
      c.stroke(x2, top, x2, bottom);
    }

    private List<String> lines(List<String> paragraphs, Style style) throws IOException {
      List<String> out = new ArrayList<>();
      for (String p : paragraphs) {
        out.addAll(c.wrap(p, style, half - 2 * PAD));
      }
      return out;
    }
  }
}
