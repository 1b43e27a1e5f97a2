package org.pincite.service.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What heads a report or claim chart: the matter (caption, court, docket number), the claim when
 * the report is about one (with its kind and the party asserting it), when it was made and by whom.
 */
public record ReportHeader(
    String caption,
    String court,
    String docketNumber,
    String claimKind,
    String claimLabel,
    String assertedBy,
    Instant preparedAt,
    String preparedBy) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** When the report was made, in UTC: the same for every reader wherever the server runs. */
  public String preparedOn() {
    return WHEN.format(preparedAt);
  }
}
