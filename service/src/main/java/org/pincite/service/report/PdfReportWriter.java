package org.pincite.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.report.PdfCanvas.Style;

/**
 * Reports and claim charts as PDF: a first page with the header, the counts and a table of contents
 * whose entries link to their sections; the sections; the gaps; the index of cited documents; "Page
 * n of m" on every page and bookmarks for every section.
 */
public class PdfReportWriter implements ReportWriter {
  private static final float MARGIN = 56;
  private static final float INDENT_PER_LEVEL = 14;
  private static final float QUOTE_INDENT = 22;

  /** Where a heading landed, for the table of contents and the bookmarks. */
  private record Anchor(String title, int depth, PDPage page, float top) {}

  /** A table of contents line waiting for its page number. */
  private record TocLine(PDPage page, float baseline, String title, int depth) {}

  @Override
  public void write(ClaimReport report, OutputStream out) throws IOException {
    try (PdfCanvas c = new PdfCanvas(PDRectangle.LETTER, MARGIN)) {
      describe(c, report.title(), report.header());
      c.newPage();
      header(c, "Evidence report", report.header(), true);
      counts(c, report.counts(), report.includesContext());

      List<String> titles = new ArrayList<>();
      List<Integer> depths = new ArrayList<>();
      for (ClaimSection s : report.sections()) {
        titles.add(s.title());
        depths.add(s.depth());
      }
      titles.add("Gaps");
      depths.add(0);
      titles.add("Index of cited documents");
      depths.add(0);
      List<TocLine> toc = contents(c, titles, depths);

      List<Anchor> anchors = new ArrayList<>();
      c.newPage();
      for (ClaimSection section : report.sections()) {
        anchors.add(section(c, section, report.includesContext()));
      }
      anchors.add(gaps(c, report.gaps()));
      anchors.add(index(c, report.index()));

      fillContents(c, toc, anchors);
      bookmarks(c, anchors);
      c.footers(
          report.header().caption()
              + ", No. "
              + report.header().docketNumber()
              + " \u2014 "
              + report.header().claimLabel());
      c.save(out);
    }
  }

  private static void describe(PdfCanvas c, String title, ReportHeader header) {
    PDDocumentInformation info = c.document.getDocumentInformation();
    info.setTitle(title);
    info.setSubject(header.caption() + ", No. " + header.docketNumber());
    info.setAuthor(header.preparedBy());
    info.setCreator("Pincite");
  }

  private static void header(PdfCanvas c, String kind, ReportHeader h, boolean withClaim)
      throws IOException {
    c.paragraph(kind, Style.MUTED, 0);
    c.paragraph(h.caption(), Style.TITLE, 0);
    c.space(4);
    c.paragraph(h.court(), Style.BODY, 0);
    c.paragraph("No. " + h.docketNumber(), Style.BODY, 0);
    c.space(8);
    if (withClaim) {
      c.paragraph(h.claimKind() + ": " + h.claimLabel(), Style.H1, 0);
      c.paragraph("Asserted by " + h.assertedBy(), Style.BODY, 0);
      c.space(4);
    }
    c.paragraph("Prepared " + h.preparedOn() + " by " + h.preparedBy(), Style.MUTED, 0);
    c.rule(0.6f);
  }

  private static void counts(PdfCanvas c, ReportCounts n, boolean withContext) throws IOException {
    c.space(4);
    String line =
        n.supporting()
            + " supporting \u00b7 "
            + n.refuting()
            + " refuting"
            + (withContext ? " \u00b7 " + n.context() + " context" : "")
            + " passages \u00b7 "
            + n.documents()
            + " documents cited \u00b7 "
            + n.gaps()
            + (n.gaps() == 1 ? " gap" : " gaps");
    c.paragraph(line, Style.H3, 0);
    c.space(10);
  }

  /**
   * Lays out the contents with room for page numbers, which are written once the sections are
   * placed.
   */
  private static List<TocLine> contents(PdfCanvas c, List<String> titles, List<Integer> depths)
      throws IOException {
    c.paragraph("Contents", Style.H2, 0);
    c.space(4);
    List<TocLine> lines = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      float indent = depths.get(i) * INDENT_PER_LEVEL;
      // One line per entry: a title too long for it is shortened here (the section shows it whole).
      String title = fit(c, titles.get(i), Style.BODY, c.width() - indent - 50);
      c.ensure(Style.BODY.leading());
      c.line(title, Style.BODY, c.margin + indent);
      lines.add(
          new TocLine(
              c.page(), c.y() + Style.BODY.leading() - Style.BODY.size, title, depths.get(i)));
    }
    return lines;
  }

  private static String fit(PdfCanvas c, String text, Style style, float width) throws IOException {
    String cleaned = PdfCanvas.clean(text).replace('\n', ' ');
    if (c.measure(cleaned, style) <= width) {
      return cleaned;
    }
    String cut = cleaned;
    while (cut.length() > 1 && c.measure(cut + "\u2026", style) > width) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut.strip() + "\u2026";
  }

  private static void fillContents(PdfCanvas c, List<TocLine> toc, List<Anchor> anchors)
      throws IOException {
    for (int i = 0; i < toc.size(); i++) {
      TocLine line = toc.get(i);
      Anchor target = anchors.get(i);
      String number = Integer.toString(c.document.getPages().indexOf(target.page()) + 1);
      float right = c.size.getWidth() - c.margin;
      c.showOn(
          line.page(), number, Style.BODY, right - c.measure(number, Style.BODY), line.baseline());
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(
          new PDRectangle(c.margin, line.baseline() - 3, right - c.margin, Style.BODY.leading()));
      PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
      noBorder.setWidth(0);
      link.setBorderStyle(noBorder);
      link.setDestination(destination(target));
      line.page().getAnnotations().add(link);
    }
  }

  private static PDPageXYZDestination destination(Anchor anchor) {
    PDPageXYZDestination d = new PDPageXYZDestination();
    d.setPage(anchor.page());
    d.setLeft(0);
    d.setTop(Math.round(anchor.top()));
    return d;
  }

  private static void bookmarks(PdfCanvas c, List<Anchor> anchors) {
    PDDocumentOutline outline = new PDDocumentOutline();
    c.document.getDocumentCatalog().setDocumentOutline(outline);
    List<PDOutlineItem> open = new ArrayList<>(); // the latest item at each depth
    for (Anchor a : anchors) {
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(a.title());
      item.setDestination(destination(a));
      while (open.size() > a.depth()) {
        open.remove(open.size() - 1);
      }
      if (open.isEmpty()) {
        outline.addLast(item);
      } else {
        open.get(open.size() - 1).addLast(item);
        open.get(open.size() - 1).openNode();
      }
      open.add(item);
    }
    outline.openNode();
    c.document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }

  /** Starts a heading on a page with room for it and two lines after, and says where it is. */
  private static Anchor heading(PdfCanvas c, String title, Style style, int depth)
      throws IOException {
    // With its description, the first stance heading and a line of its first passage: never alone
    // at a page's foot.
    c.ensure(
        style.leading() * 2
            + Style.MUTED.leading() * 2
            + Style.H3.leading()
            + Style.QUOTE.leading() * 2
            + 16);
    c.space(style == Style.H1 ? 10 : 6);
    Anchor anchor = new Anchor(title, depth, c.page(), c.y() + 4);
    c.paragraph(title, style, depth * INDENT_PER_LEVEL);
    return anchor;
  }

  private static Anchor section(PdfCanvas c, ClaimSection s, boolean withContext)
      throws IOException {
    float indent = s.depth() * INDENT_PER_LEVEL;
    Anchor anchor = heading(c, s.title(), s.depth() == 0 ? Style.H1 : Style.H2, s.depth());
    if (s.text() != null && !s.text().isBlank()) {
      c.paragraph(s.text(), Style.MUTED, indent);
    }
    stance(c, "Supporting", s.supporting(), Stance.SUPPORTS, indent);
    stance(c, "Refuting", s.refuting(), Stance.REFUTES, indent);
    if (withContext) {
      stance(c, "Context", s.context(), Stance.CONTEXT, indent);
    }
    return anchor;
  }

  private static void stance(
      PdfCanvas c, String name, List<PassageEntry> entries, Stance stance, float indent)
      throws IOException {
    c.ensure(Style.H3.leading() + Style.BODY.leading() * 3);
    c.space(6);
    c.paragraph(name + " (" + entries.size() + ")", Style.H3, indent);
    if (entries.isEmpty()) {
      c.paragraph(
          stance == Stance.CONTEXT
              ? "No context passages."
              : "None \u2014 a gap: no " + name.toLowerCase() + " evidence is marked.",
          Style.MUTED,
          indent + QUOTE_INDENT);
      return;
    }
    float width = c.width() - indent - QUOTE_INDENT;
    for (PassageEntry e : entries) {
      // A passage that fits on half a page is kept whole on one page; a longer one may break, but
      // keeps two lines together.
      float height =
          c.wrap("\u201c" + e.quote().strip() + "\u201d", Style.QUOTE, width).size()
                  * Style.QUOTE.leading()
              + c.wrap(e.cite(), Style.CITE, width).size() * Style.CITE.leading()
              + (e.hasNote()
                  ? c.wrap("Note: " + e.note().strip(), Style.BODY, width).size()
                      * Style.BODY.leading()
                  : 0)
              + Style.SMALL.leading()
              + 4;
      float half = (c.size.getHeight() - 2 * c.margin) / 2;
      c.ensure(height <= half ? height : Style.QUOTE.leading() * 2);
      c.space(4);
      c.paragraph(
          "\u201c" + e.quote().strip() + "\u201d", Style.QUOTE, indent + QUOTE_INDENT, true);
      c.paragraph(e.cite(), Style.CITE, indent + QUOTE_INDENT);
      if (e.hasNote()) {
        c.paragraph("Note: " + e.note().strip(), Style.BODY, indent + QUOTE_INDENT);
      }
      c.paragraph(e.markedBy(), Style.SMALL, indent + QUOTE_INDENT);
    }
  }

  private static Anchor gaps(PdfCanvas c, List<Gap> gaps) throws IOException {
    c.newPage();
    Anchor anchor = heading(c, "Gaps", Style.H1, 0);
    if (gaps.isEmpty()) {
      c.paragraph("Every claim and element has evidence on both sides.", Style.MUTED, 0);
    }
    for (Gap g : gaps) {
      c.paragraph(g.title() + " \u2014 " + g.description(), Style.BODY, 8);
    }
    return anchor;
  }

  private static Anchor index(PdfCanvas c, List<CitedDocument> index) throws IOException {
    Anchor anchor = heading(c, "Index of cited documents", Style.H1, 0);
    if (index.isEmpty()) {
      c.paragraph("No document is cited.", Style.MUTED, 0);
    }
    for (CitedDocument d : index) {
      c.ensure(Style.H3.leading() + Style.BODY.leading() + Style.SMALL.leading() + 6);
      c.space(6);
      c.paragraph(d.title(), Style.H3, 0);
      List<String> facts = new ArrayList<>();
      if (!d.exhibit().isEmpty()) {
        facts.add("Exhibit " + d.exhibit());
      }
      facts.add(d.type());
      if (!d.dateText().isEmpty()) {
        facts.add(d.dateText());
      }
      facts.add(d.pageCount() + (d.pageCount() == 1 ? " page" : " pages"));
      if (!d.batesText().isEmpty()) {
        facts.add("Bates " + d.batesText());
      }
      c.paragraph(String.join(" \u00b7 ", facts), Style.BODY, 8);
      c.paragraph("SHA-256 " + d.sha256(), Style.SMALL, 8);
    }
    return anchor;
  }

  // ---- claim chart ----

  /**
   * Columns of the chart: claim, supporting count, refuting count, gap, supporting documents,
   * refuting documents.
   */
  private static final float[] CHART_COLUMNS = {0.34f, 0.07f, 0.07f, 0.14f, 0.19f, 0.19f};

  private static final String[] CHART_HEADINGS = {
    "Claim / element", "Supp.", "Ref.", "Gap", "Supporting documents", "Refuting documents"
  };

  @Override
  public void write(ClaimChart chart, OutputStream out) throws IOException {
    try (PdfCanvas c =
        new PdfCanvas(
            new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth()), 40)) {
      describe(c, chart.title(), chart.header());
      c.newPage();
      header(c, "Claim chart", chart.header(), false);
      c.space(6);
      chartHeadings(c);
      for (ClaimChart.Row row : chart.rows()) {
        chartRow(c, row);
      }
      c.space(10);
      index(c, chart.index());
      c.footers(
          chart.header().caption()
              + ", No. "
              + chart.header().docketNumber()
              + " \u2014 claim chart");
      c.save(out);
    }
  }

  private static float[] columnX(PdfCanvas c) {
    float[] x = new float[CHART_COLUMNS.length + 1];
    x[0] = c.margin;
    for (int i = 0; i < CHART_COLUMNS.length; i++) {
      x[i + 1] = x[i] + CHART_COLUMNS[i] * c.width();
    }
    return x;
  }

  private static void chartHeadings(PdfCanvas c) throws IOException {
    float[] x = columnX(c);
    c.ensure(Style.H3.leading() + 4);
    c.rectangle(c.margin, c.y() - Style.H3.leading() - 2, c.width(), Style.H3.leading() + 2, 0.9f);
    float baseline = c.y() - Style.H3.size;
    for (int i = 0; i < CHART_HEADINGS.length; i++) {
      c.show(CHART_HEADINGS[i], Style.H3, x[i] + 3, baseline);
    }
    c.space(Style.H3.leading() + 4);
  }

  private static void chartRow(PdfCanvas c, ClaimChart.Row row) throws IOException {
    float[] x = columnX(c);
    float indent = row.depth() * INDENT_PER_LEVEL;
    Style labelStyle = row.depth() == 0 ? Style.H3 : Style.BODY;
    List<List<String>> cells =
        List.of(
            c.wrap(row.kind() + ": " + row.label(), labelStyle, x[1] - x[0] - 6 - indent),
            List.of(Integer.toString(row.supporting())),
            List.of(Integer.toString(row.refuting())),
            c.wrap(row.gapText(), Style.BODY, x[4] - x[3] - 6),
            c.wrap(String.join("; ", row.supportingDocuments()), Style.BODY, x[5] - x[4] - 6),
            c.wrap(String.join("; ", row.refutingDocuments()), Style.BODY, x[6] - x[5] - 6));
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    float height = lines * Style.BODY.leading() + 4;
    if (c.y() - height < c.margin) {
      c.newPage();
      chartHeadings(c);
    }
    if (!row.gapText().isEmpty()) {
      c.rectangle(x[3], c.y() - height + 2, x[4] - x[3], height - 2, 0.93f);
    }
    float top = c.y();
    for (int col = 0; col < cells.size(); col++) {
      Style style = col == 0 ? labelStyle : Style.BODY;
      float left = x[col] + 3 + (col == 0 ? indent : 0);
      for (int i = 0; i < cells.get(col).size(); i++) {
        c.show(
            cells.get(col).get(i), style, left, top - Style.BODY.size - i * Style.BODY.leading());
      }
    }
    c.space(height);
    c.rule(0.85f);
  }
}
