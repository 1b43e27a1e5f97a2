package org.pincite.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.pincite.service.text.SpreadsheetCsv;

/**
 * A production's privilege log as CSV ({@link SpreadsheetCsv}: RFC 4180, UTF-8 with a BOM, formulas
 * defused) and as DOCX (Apache POI, the reports' styles): one row per withheld document.
 */
public final class PrivilegeLogWriter {
  static final List<String> COLUMNS =
      List.of("Bates", "Date", "Author", "Recipients", "Privilege", "Description");
  private static final double[] WIDTHS = {0.14, 0.1, 0.16, 0.2, 0.14, 0.26};

  private PrivilegeLogWriter() {}

  public static void csv(List<PrivilegeLogEntry> entries, OutputStream out) throws IOException {
    SpreadsheetCsv.write(COLUMNS, rows(entries), out);
  }

  /** The log as a Word document titled with the production ({@code title}) and its matter. */
  public static void docx(
      String title, String matter, List<PrivilegeLogEntry> entries, OutputStream out)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxReportWriter.styles(doc);
      doc.getProperties().getCoreProperties().setTitle("Privilege log: " + title);
      DocxReportWriter.heading(doc, "Privilege log", 1);
      DocxReportWriter.text(doc, matter, false, false);
      DocxReportWriter.text(doc, title, true, false);
      if (entries.isEmpty()) {
        DocxReportWriter.text(doc, "No document is withheld.", false, true);
      } else {
        DocxReportWriter.table(doc, COLUMNS, rows(entries), WIDTHS);
      }
      doc.write(out);
    }
  }

  private static List<List<String>> rows(List<PrivilegeLogEntry> entries) {
    List<List<String>> rows = new ArrayList<>();
    for (PrivilegeLogEntry e : entries) {
      rows.add(
          List.of(
              e.bates(),
              blank(e.date()),
              blank(e.author()),
              blank(e.recipients()),
              e.privilege(),
              e.description()));
    }
    return rows;
  }

  private static String blank(String s) {
    return s == null ? "" : s;
  }
}
