package org.pincite.service.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of Pincite's downloads (reports, claim charts, the chronology): RFC 4180
 * (commons-csv: fields quoted when they hold a comma, quote or line break, quotes doubled, rows
 * ended by CRLF), UTF-8 with a byte-order mark, because Excel reads a CSV without one in the
 * machine's legacy code page and garbles every character that is not plain ASCII (Korean, curly
 * quotes, ¶).
 *
 * <p>The text comes from untrusted documents, so a cell starting with {@code = + - @} (or a tab or
 * CR) gets a leading apostrophe: a spreadsheet then shows it as text instead of running it as a
 * formula (OWASP's "CSV injection").
 */
public final class SpreadsheetCsv {
  static final String BOM = "\uFEFF";
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private SpreadsheetCsv() {}

  /** The header and the rows, as a whole file. */
  public static byte[] write(List<String> header, List<List<String>> rows) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      write(header, rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The header and the rows, written to {@code out} (left open). */
  public static void write(List<String> header, List<List<String>> rows, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BOM);
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    printer.printRecord(defused(header));
    for (List<String> row : rows) {
      printer.printRecord(defused(row));
    }
    printer.flush();
  }

  /** A cell a spreadsheet shows as the text it is, never as a formula it runs. */
  public static String defused(String value) {
    String v = value == null ? "" : value;
    return !v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
  }

  private static List<String> defused(List<String> cells) {
    return cells.stream().map(SpreadsheetCsv::defused).toList();
  }
}
