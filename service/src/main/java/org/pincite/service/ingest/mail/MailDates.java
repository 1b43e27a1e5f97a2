package org.pincite.service.ingest.mail;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Date header values as mail carries them (RFC 5322, often with a zone comment). */
final class MailDates {
  private MailDates() {}

  /**
   * The date with its own offset ("Tue, 3 Jun 2008 11:05:30 +0200 (CEST)"); null when it is not in
   * that form.
   */
  static OffsetDateTime parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(
          value.strip().replaceAll("\\s+\\(.*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
