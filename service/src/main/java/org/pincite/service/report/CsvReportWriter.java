package org.pincite.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.text.SpreadsheetCsv;

/**
 * A report as a draft statement of facts: one numbered row per passage (¶, fact = the verbatim
 * quote, citation, stance, claim), and the claim chart as one row per claim or element. Written by
 * {@link SpreadsheetCsv} (RFC 4180, UTF-8 with a byte-order mark, formulas defused).
 */
public class CsvReportWriter implements ReportWriter {
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
    List<List<String>> rows = new ArrayList<>();
    for (ClaimSection section : report.sections()) {
      for (Stance stance : Stance.values()) {
        if (stance == Stance.CONTEXT && !report.includesContext()) {
          continue;
        }
        for (PassageEntry e : section.entries(stance)) {
          rows.add(
              List.of(
                  Integer.toString(rows.size() + 1),
                  e.quote().strip(),
                  e.cite(),
                  stance.label(),
                  section.title()));
        }
      }
    }
    SpreadsheetCsv.write(REPORT_COLUMNS, rows, out);
  }

  @Override
  public void write(ClaimChart chart, OutputStream out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (ClaimChart.Row r : chart.rows()) {
      rows.add(
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
    SpreadsheetCsv.write(CHART_COLUMNS, rows, out);
  }
}
