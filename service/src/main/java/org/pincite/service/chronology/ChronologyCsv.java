package org.pincite.service.chronology;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The chronology as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Korean and
 * curly quotes right). Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe: the text comes from untrusted documents.
 */
public final class ChronologyCsv {
  private ChronologyCsv() {}

  public static byte[] write(Chronology chronology) {
    StringBuilder out = new StringBuilder("\uFEFF");
    row(out, "Date", "Kind", "Document", "Document id", "Type", "Page", "Text", "Stance", "Claims");
    for (ChronologyEntry e : chronology.entries()) {
      row(
          out,
          DateTimeFormatter.ISO_LOCAL_DATE.format(e.date()),
          e.isPassage() ? "Passage" : "Document",
          e.documentTitle(),
          String.valueOf(e.documentId()),
          e.documentType(),
          e.page() == null ? "" : String.valueOf(e.page()),
          e.text(),
          e.stance() == null ? "" : e.stance().label(),
          String.join("; ", e.claimLabels()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
