package org.pincite.service.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.fact.FactDate;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * A fact as a reviewer writes it: the sentence, its date, the claims it bears on, its status, the
 * material and key flags, and the passages it rests on. Null lists mean none; a null status means
 * unsure.
 */
public record FactDraft(
    String text,
    DateDraft date,
    List<ClaimStance> claims,
    FactStatus status,
    boolean material,
    boolean key,
    List<SourceDraft> sources) {
  public FactDraft {
    claims = claims == null ? List.of() : List.copyOf(claims);
    sources = sources == null ? List.of() : List.copyOf(sources);
    status = status == null ? FactStatus.UNSURE : status;
  }

  /** A claim the fact bears on and whether it supports or refutes it. */
  public record ClaimStance(Long claimId, Stance stance) {}

  /** A marked passage the fact rests on and whether it supports or disputes it. */
  public record SourceDraft(Long annotationId, SourceRole role) {}

  /**
   * A date as the API writes it, at most one way: {@code on} ("2017-09-21"), {@code from} and
   * {@code to} (a range; either alone is after / before), {@code before}, {@code after}, {@code
   * month} ("2017-09") or {@code year} (2017). All empty: no date.
   */
  public record DateDraft(
      String on, String from, String to, String before, String after, String month, Integer year)
      implements java.io.Serializable {
    public static DateDraft of(FactDate d) {
      if (d == null) {
        return null;
      }
      String from = d.from() == null ? null : d.from().toString();
      String to = d.to() == null ? null : d.to().toString();
      return switch (d.precision()) {
        case NONE -> null;
        case DAY -> new DateDraft(from, null, null, null, null, null, null);
        case MONTH -> new DateDraft(null, null, null, null, null, from.substring(0, 7), null);
        case YEAR -> new DateDraft(null, null, null, null, null, null, d.from().getYear());
        case BETWEEN -> new DateDraft(null, from, to, null, null, null, null);
        case BEFORE -> new DateDraft(null, null, null, to, null, null, null);
        case AFTER -> new DateDraft(null, null, null, null, from, null, null);
      };
    }

    /**
     * A date as a reviewer types it: "2017-09-21", "2017-09", "2017", "2017-01-01..2017-02-04",
     * "before 2018-03-01", "after 2018-03-01", or nothing. Checked when it becomes a {@link
     * FactDate}.
     */
    public static DateDraft parse(String typed) {
      String t = typed == null ? "" : typed.strip();
      if (t.isEmpty()) {
        return null;
      }
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("before ")) {
        return new DateDraft(null, null, null, t.substring(7).strip(), null, null, null);
      }
      if (lower.startsWith("after ")) {
        return new DateDraft(null, null, null, null, t.substring(6).strip(), null, null);
      }
      int range = t.indexOf("..");
      if (range > 0) {
        return new DateDraft(
            null,
            t.substring(0, range).strip(),
            t.substring(range + 2).strip(),
            null,
            null,
            null,
            null);
      }
      if (t.matches("\\d{4}")) {
        return new DateDraft(null, null, null, null, null, null, Integer.parseInt(t));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return new DateDraft(null, null, null, null, null, t, null);
      }
      return new DateDraft(t, null, null, null, null, null, null);
    }

    /** The date as {@link #parse} reads it back. */
    public String typed() {
      if (present(on)) return on;
      if (present(from) && present(to)) return from + ".." + to;
      if (present(from) || present(after)) return "after " + (present(from) ? from : after);
      if (present(to) || present(before)) return "before " + (present(to) ? to : before);
      if (present(month)) return month;
      return year == null ? "" : year.toString();
    }

    /** The fact's date, or a message naming the field that does not read as one. */
    public FactDate toFactDate() {
      List<String> given = new ArrayList<>();
      if (present(on)) given.add("on");
      if (present(from) || present(to)) given.add("from/to");
      if (present(before)) given.add("before");
      if (present(after)) given.add("after");
      if (present(month)) given.add("month");
      if (year != null) given.add("year");
      if (given.isEmpty()) {
        return FactDate.none();
      }
      if (given.size() > 1) {
        throw new DomainRuleViolation(
            "A fact's date is given one way, not as " + String.join(" and ", given));
      }
      if (present(on)) {
        return FactDate.on(day(on, "on"));
      }
      if (present(from) && present(to)) {
        return FactDate.between(day(from, "from"), day(to, "to"));
      }
      if (present(from)) {
        return FactDate.after(day(from, "from"));
      }
      if (present(to)) {
        return FactDate.before(day(to, "to"));
      }
      if (present(before)) {
        return FactDate.before(day(before, "before"));
      }
      if (present(after)) {
        return FactDate.after(day(after, "after"));
      }
      if (present(month)) {
        try {
          return FactDate.in(YearMonth.parse(month.strip()));
        } catch (DateTimeParseException e) {
          throw new DomainRuleViolation(
              "The fact's month '" + month.strip() + "' is not a month like 2017-09");
        }
      }
      return FactDate.inYear(year);
    }

    private static boolean present(String s) {
      return s != null && !s.isBlank();
    }

    private static LocalDate day(String s, String field) {
      try {
        return LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw new DomainRuleViolation(
            "The fact's date '" + field + "' (" + s.strip() + ") is not a day like 2017-09-21");
      }
    }
  }
}
