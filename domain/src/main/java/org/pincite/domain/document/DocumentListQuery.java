package org.pincite.domain.document;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a matter's document list asks for: its filters (each null when not used), a title or
 * file-name search, and the order. Families stay together: the filters choose families (an email is
 * listed when it or one of its attachments matches) and the order sorts them by their email.
 *
 * @param person a custodian or sender: found in the author, the custodian and an email's From line
 * @param marked true: only documents with marked passages; false: only those without
 * @param inFamily true: only emails with attachments (and the attachments); false: only stand-alone
 */
public record DocumentListQuery(
    DocumentKind kind,
    DocumentType type,
    ExtractionStatus status,
    LocalDate from,
    LocalDate to,
    String person,
    Boolean marked,
    Boolean inFamily,
    String text,
    Sort sort,
    boolean ascending) {

  /** The columns the list sorts by; newest uploads first unless asked otherwise. */
  public enum Sort {
    ADDED,
    TITLE,
    KIND,
    TYPE,
    DATE,
    STATUS,
    PAGES
  }

  public DocumentListQuery {
    person = blankToNull(person);
    text = blankToNull(text);
    sort = sort == null ? Sort.ADDED : sort;
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "The date range runs backwards: from " + from + " is after to " + to);
    }
  }

  /** The whole list, newest uploads first. */
  public static DocumentListQuery newestFirst() {
    return new DocumentListQuery(
        null, null, null, null, null, null, null, null, null, Sort.ADDED, false);
  }

  /** The search words, lower-cased, for a case-blind match. */
  public String textLower() {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  public String personLower() {
    return person == null ? null : person.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
