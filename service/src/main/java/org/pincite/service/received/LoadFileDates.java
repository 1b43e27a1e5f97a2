package org.pincite.service.received;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as load files write them: ISO 8601 ({@code 2018-02-01}, {@code 2018-02-01T10:15:00Z},
 * {@code 2018-02-01 10:15}), US ({@code 02/01/2018}, {@code 2/1/2018 10:15 AM}, {@code 02/01/2018
 * 10:15:00}) and compact ({@code 20180201}). A time without a zone is taken as UTC. A date that is
 * none of these (or impossible: {@code 02/30/2018}) is refused, never guessed.
 */
public final class LoadFileDates {
  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(
          pattern("uuuu-MM-dd[' ']['T']HH:mm[:ss][.SSS]"),
          pattern("M/d/uuuu[' ']h:mm[:ss][' ']a"),
          pattern("M/d/uuuu[' ']H:mm[:ss]"));
  private static final List<DateTimeFormatter> DATES =
      List.of(pattern("uuuu-MM-dd"), pattern("M/d/uuuu"), pattern("uuuuMMdd"));

  private LoadFileDates() {}

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The moment {@code value} names; null when blank; DateTimeException when it is not a date. */
  public static OffsetDateTime parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeException e) {
      // not with a zone
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return LocalDateTime.parse(v, f).atOffset(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        // the next form
      }
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(v, f).atTime(LocalTime.MIDNIGHT).atOffset(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        // the next form
      }
    }
    throw new DateTimeException(
        "'"
            + v
            + "' is not a date Pincite reads (2018-02-01, 2018-02-01T10:15:00Z, 02/01/2018,"
            + " 02/01/2018 10:15 AM or 20180201)");
  }
}
