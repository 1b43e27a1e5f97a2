package org.pincite.service.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pincite.domain.annotation.Stance;

/**
 * One marked passage as a report lists it: the quote as cited (the passage's words in running text,
 * without the page's headers, footers and line numbers), its pin cite, the note and who marked it
 * when.
 */
public record PassageEntry(
    long passageId,
    long documentId,
    Stance stance,
    String quote,
    String cite,
    String note,
    String reviewer,
    Instant markedAt) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /** "Marked by paralegal on 3 Mar 2026" (UTC date). */
  public String markedBy() {
    return "Marked by " + reviewer + (markedAt == null ? "" : " on " + DAY.format(markedAt));
  }

  PassageEntry withoutNote() {
    return new PassageEntry(passageId, documentId, stance, quote, cite, null, reviewer, markedAt);
  }

  /** True when the reviewer wrote a note. */
  public boolean hasNote() {
    return note != null && !note.isBlank();
  }
}
