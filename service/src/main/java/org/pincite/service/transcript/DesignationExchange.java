package org.pincite.service.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.text.SpreadsheetCsv;

/**
 * Designations in and out: the CSV review tools exchange (the columns of {@link #COLUMNS}, in any
 * order, matched without regard to case or spacing; a BOM is skipped) and the DOCX designation
 * report. A row that cannot be read is refused with its row number and what is wrong, and nothing
 * of the file is taken.
 */
public final class DesignationExchange {
  public static final List<String> COLUMNS =
      List.of(
          "Transcript",
          "Page From",
          "Line From",
          "Page To",
          "Line To",
          "Designation",
          "Party",
          "Objection",
          "Ruling");

  private DesignationExchange() {}

  public static byte[] csv(List<DesignationRow> rows) {
    return SpreadsheetCsv.write(
        COLUMNS,
        rows.stream()
            .map(
                r ->
                    List.of(
                        r.transcript(),
                        String.valueOf(r.pageFrom()),
                        String.valueOf(r.lineFrom()),
                        String.valueOf(r.pageTo()),
                        String.valueOf(r.lineTo()),
                        r.designation(),
                        r.party(),
                        r.objection() == null ? "" : r.objection(),
                        r.ruling() == null ? "" : r.ruling()))
            .toList());
  }

  /** The rows of a designation CSV, or a {@link DomainRuleViolation} naming the bad row. */
  public static List<DesignationRow> readCsv(byte[] content) {
    if (content == null || content.length == 0) {
      throw new DomainRuleViolation("The designation file is empty");
    }
    try (Reader reader =
            new InputStreamReader(
                new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        throw new DomainRuleViolation("The designation file has no header row");
      }
      Map<String, Integer> column = new HashMap<>();
      CSVRecord header = records.get(0);
      for (int i = 0; i < header.size(); i++) {
        column.put(key(header.get(i)), i);
      }
      for (String wanted : List.of("Page From", "Line From", "Page To", "Line To", "Party")) {
        if (!column.containsKey(key(wanted))) {
          throw new DomainRuleViolation(
              "The designation file has no column '"
                  + wanted
                  + "' (it needs "
                  + String.join(", ", COLUMNS)
                  + ")");
        }
      }
      List<DesignationRow> rows = new ArrayList<>();
      for (int r = 1; r < records.size(); r++) {
        CSVRecord rec = records.get(r);
        if (rec.size() == 1 && rec.get(0).isBlank()) {
          continue;
        }
        int row = r + 1;
        rows.add(
            new DesignationRow(
                cell(rec, column, "Transcript"),
                number(rec, column, "Page From", row),
                number(rec, column, "Line From", row),
                number(rec, column, "Page To", row),
                number(rec, column, "Line To", row),
                cell(rec, column, "Designation"),
                cell(rec, column, "Party"),
                cell(rec, column, "Objection"),
                cell(rec, column, "Ruling")));
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new DomainRuleViolation("The designation file is not readable CSV: " + e.getMessage());
    }
  }

  private static String key(String header) {
    return header.replace("\uFEFF", "").replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
  }

  private static String cell(CSVRecord rec, Map<String, Integer> column, String name) {
    Integer i = column.get(key(name));
    return i == null || i >= rec.size() ? "" : rec.get(i).strip();
  }

  private static int number(CSVRecord rec, Map<String, Integer> column, String name, int row) {
    String value = cell(rec, column, name);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new DomainRuleViolation(
          "Row " + row + ": '" + name + "' must be a number, not '" + value + "'");
    }
  }

  /** The designation report: the transcript, then one row per designation with its objection. */
  public static byte[] docx(String title, String caption, List<DesignationRow> rows) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph heading = doc.createParagraph();
      heading.setStyle("Title");
      var run = heading.createRun();
      run.setBold(true);
      run.setFontSize(14);
      run.setText("Designations: " + title);
      if (caption != null && !caption.isBlank()) {
        doc.createParagraph().createRun().setText(caption);
      }
      XWPFTable table = doc.createTable(rows.size() + 1, 6);
      List<String> head = List.of("Lines", "Designation", "Party", "Objection", "Ruling", "Cite");
      XWPFTableRow first = table.getRow(0);
      for (int c = 0; c < head.size(); c++) {
        first.getCell(c).setText(head.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        DesignationRow d = rows.get(r);
        XWPFTableRow row = table.getRow(r + 1);
        List<String> cells =
            List.of(
                d.range(),
                d.designation(),
                d.party(),
                d.objection() == null ? "" : d.objection(),
                d.ruling() == null ? "" : d.ruling(),
                d.transcript() + " " + d.range());
        for (int c = 0; c < cells.size(); c++) {
          row.getCell(c).setText(cells.get(c));
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
