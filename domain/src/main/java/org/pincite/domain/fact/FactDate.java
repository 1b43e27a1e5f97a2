package org.pincite.domain.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * When a fact happened, as exactly as the evidence says: on a day, in a month or a year, between
 * two days, before or after a day, or not known. Stored as a precision and the first and last day
 * it may mean, so facts sort by date whatever their precision.
 */
@Embeddable
public class FactDate {
  /** How exact a fact's date is. */
  public enum Precision {
    NONE,
    DAY,
    MONTH,
    YEAR,
    BETWEEN,
    BEFORE,
    AFTER
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  /** Facts sorted by date: earliest first, undated last. */
  public static final Comparator<FactDate> CHRONOLOGICAL =
      Comparator.comparing(
          FactDate::sortKey, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

  @Enumerated(EnumType.STRING)
  @Column(name = "date_precision", nullable = false, length = 10)
  private Precision precision;

  @Column(name = "date_from")
  private LocalDate from;

  @Column(name = "date_to")
  private LocalDate to;

  protected FactDate() {}

  private FactDate(Precision precision, LocalDate from, LocalDate to) {
    this.precision = precision;
    this.from = from;
    this.to = to;
  }

  /**
   * The date a fact was recorded with, from its precision and bounds (as a matter archive holds
   * it).
   */
  public static FactDate of(Precision precision, LocalDate from, LocalDate to) {
    return switch (Require.present(precision, "The date's precision")) {
      case NONE -> none();
      case DAY -> on(from);
      case MONTH -> in(YearMonth.from(Require.present(from, "The fact's month")));
      case YEAR -> inYear(Require.present(from, "The fact's year").getYear());
      case BETWEEN -> between(from, to);
      case BEFORE -> before(to);
      case AFTER -> after(from);
    };
  }

  public static FactDate none() {
    return new FactDate(Precision.NONE, null, null);
  }

  public static FactDate on(LocalDate day) {
    Require.present(day, "The fact's day");
    return new FactDate(Precision.DAY, day, day);
  }

  public static FactDate in(YearMonth month) {
    Require.present(month, "The fact's month");
    return new FactDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  public static FactDate inYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new DomainRuleViolation("A fact's year must have four digits; " + year + " has not");
    }
    return new FactDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public static FactDate between(LocalDate from, LocalDate to) {
    Require.present(from, "The first day of the fact's range");
    Require.present(to, "The last day of the fact's range");
    if (to.isBefore(from)) {
      throw new DomainRuleViolation(
          "A fact's date range must end on or after its start: "
              + DAY.format(to)
              + " is before "
              + DAY.format(from));
    }
    return from.equals(to) ? on(from) : new FactDate(Precision.BETWEEN, from, to);
  }

  public static FactDate before(LocalDate day) {
    Require.present(day, "The day the fact came before");
    return new FactDate(Precision.BEFORE, null, day);
  }

  public static FactDate after(LocalDate day) {
    Require.present(day, "The day the fact came after");
    return new FactDate(Precision.AFTER, day, null);
  }

  public Precision precision() {
    return precision;
  }

  /** The first day the date may mean (null when open or unknown). */
  public LocalDate from() {
    return from;
  }

  /** The last day the date may mean (null when open or unknown). */
  public LocalDate to() {
    return to;
  }

  /** The day a chronology places the fact on; null when undated. */
  public LocalDate sortKey() {
    return from != null ? from : to;
  }

  public boolean isKnown() {
    return precision != Precision.NONE;
  }

  /** The date as a lawyer writes it: "21 Sep 2017", "Sep 2017", "before 1 Mar 2018", "". */
  public String text() {
    return switch (precision) {
      case NONE -> "";
      case DAY -> DAY.format(from);
      case MONTH -> MONTH.format(from);
      case YEAR -> Integer.toString(from.getYear());
      case BETWEEN -> DAY.format(from) + " \u2013 " + DAY.format(to);
      case BEFORE -> "before " + DAY.format(to);
      case AFTER -> "after " + DAY.format(from);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactDate d
        && precision == d.precision
        && Objects.equals(from, d.from)
        && Objects.equals(to, d.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, from, to);
  }

  @Override
  public String toString() {
    return text();
  }
}
