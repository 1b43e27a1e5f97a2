package org.pincite.service.chronology;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pincite.service.text.SpreadsheetCsv;

/**
 * The chronology as CSV, written by {@link SpreadsheetCsv} (RFC 4180, UTF-8 with a byte-order mark,
 * formulas defused: the text comes from untrusted documents).
 */
public final class ChronologyCsv {
  static final List<String> COLUMNS =
      List.of(
          "Date",
          "Kind",
          "Document",
          "Document id",
          "Type",
          "Page",
          "Text",
          "Stance",
          "Claims",
          "Cite");

  private ChronologyCsv() {}

  /** The download's name: "chronology-matter-7.csv". */
  public static String fileName(long matterId) {
    return "chronology-matter-" + matterId + ".csv";
  }

  public static byte[] write(Chronology chronology) {
    return SpreadsheetCsv.write(
        COLUMNS,
        chronology.entries().stream()
            .map(
                e ->
                    List.of(
                        DateTimeFormatter.ISO_LOCAL_DATE.format(e.date()),
                        e.isFact() ? "Fact" : e.isPassage() ? "Passage" : "Document",
                        e.documentTitle(),
                        String.valueOf(e.documentId()),
                        e.documentType(),
                        e.page() == null ? "" : String.valueOf(e.page()),
                        e.text(),
                        e.stance() == null ? "" : e.stance().label(),
                        String.join("; ", e.claimLabels()),
                        e.cite() == null ? "" : e.cite()))
            .toList());
  }
}
