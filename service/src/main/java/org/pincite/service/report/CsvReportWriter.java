package org.pincite.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pincite.domain.annotation.Stance;

/**
 * A report as a draft statement of facts: one numbered row per passage (¶, fact = the verbatim
 * quote, citation, stance, claim), and the claim chart as one row per claim or element.
 *
 * <p>RFC 4180: fields quoted when they hold a comma, quote or line break, quotes doubled, rows
 * ended by CRLF. UTF-8 with a byte-order mark, because Excel reads a CSV without one in the
 * machine's legacy code page and garbles every quote that is not plain ASCII (Korean, curly quotes,
 * ¶). A cell starting with = + - @ (or a tab or CR) gets a leading apostrophe so that a spreadsheet
 * shows it as text instead of running it as a formula.
 */
public class CsvReportWriter implements ReportWriter {
  static final String BOM = "\uFEFF";
  static final List<String> REPORT_COLUMNS =
      List.of("\u00b6", "Fact", "Citation", "Stance", "Claim");
  static final List<String> CHART_COLUMNS =
      List.of(
          "Claim",
          "Kind",
          "Level",
          "Asserted by",
          "Supporting",
          "Refuting",
          "Context",
          "Gap",
          "Supporting documents",
          "Refuting documents");

  @Override
  public void write(ClaimReport report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(BOM);
    row(w, REPORT_COLUMNS);
    int paragraph = 0;
    for (ClaimSection section : report.sections()) {
      for (Stance stance : Stance.values()) {
        if (stance == Stance.CONTEXT && !report.includesContext()) {
          continue;
        }
        for (PassageEntry e : section.entries(stance)) {
          paragraph++;
          row(
              w,
              List.of(
                  Integer.toString(paragraph),
                  e.quote().strip(),
                  e.cite(),
                  stance.label(),
                  section.title()));
        }
      }
    }
    w.flush();
  }

  @Override
  public void write(ClaimChart chart, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(BOM);
    row(w, CHART_COLUMNS);
    for (ClaimChart.Row r : chart.rows()) {
      row(
          w,
          List.of(
              r.label(),
              r.kind(),
              Integer.toString(r.depth()),
              r.assertedBy(),
              Integer.toString(r.supporting()),
              Integer.toString(r.refuting()),
              Integer.toString(r.context()),
              r.gapText(),
              String.join("; ", r.supportingDocuments()),
              String.join("; ", r.refutingDocuments())));
    }
    w.flush();
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(field(cells.get(i)));
    }
    w.write("\r\n");
  }

  /** One field, defused against formulas and quoted as RFC 4180 requires. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
