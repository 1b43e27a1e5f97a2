package org.pincite.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Moments (instants, times with an offset) written into pages one way: as {@code <time
 * class="pc-when" datetime="…">} holding "1 Dec 2026, 07:21 UTC", which the pages' script
 * (pages.js) shows in the reader's own time zone in the same form. Exports write absolute UTC times
 * of their own.
 */
@Named
@ApplicationScoped
public class Moments {
  private static final DateTimeFormatter TEXT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** The moment as the page shows it before its script runs: in UTC, saying so. */
  public String text(Object moment) {
    TemporalAccessor t = temporal(moment);
    return t == null ? "" : TEXT.format(t);
  }

  /** The moment in ISO-8601 with its offset, for the {@code datetime} attribute. */
  public String iso(Object moment) {
    TemporalAccessor t = temporal(moment);
    return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t);
  }

  private static TemporalAccessor temporal(Object moment) {
    if (moment instanceof Instant i) {
      return i;
    }
    if (moment instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (moment instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    return null;
  }
}
