package org.pincite.service.report;

import java.time.LocalDate;
import org.pincite.service.cite.PinCite;

/**
 * A document the report cites, as its index lists it; {@code sha256} is that of the original file,
 * {@code bates} its Bates range ("ROE0000001–ROE0000009"; null when it has none).
 */
public record CitedDocument(
    long documentId,
    String title,
    String exhibitLabel,
    String type,
    LocalDate date,
    int pageCount,
    String sha256,
    String bates) {
  /** A document without Bates numbers. */
  public CitedDocument(
      long documentId,
      String title,
      String exhibitLabel,
      String type,
      LocalDate date,
      int pageCount,
      String sha256) {
    this(documentId, title, exhibitLabel, type, date, pageCount, sha256, null);
  }

  /** The Bates range, or an empty string when the document has none. */
  public String batesText() {
    return bates == null ? "" : bates;
  }

  /** The exhibit label, or an empty string when the document has none. */
  public String exhibit() {
    return exhibitLabel == null ? "" : exhibitLabel;
  }

  /** The date as a lawyer writes it ("1 Feb 2018"), or an empty string. */
  public String dateText() {
    return date == null ? "" : PinCite.day(date);
  }
}
