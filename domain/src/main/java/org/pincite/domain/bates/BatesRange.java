package org.pincite.domain.bates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A document's Bates numbers, one per page: from {@code begin} to {@code end} in one series (same
 * prefix and padding), end never before begin. Page 1 is {@code begin}.
 */
@Embeddable
public class BatesRange implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "bates_prefix", length = BatesNumber.MAX_PREFIX)
  private String prefix;

  @Column(name = "bates_begin")
  private Long first;

  @Column(name = "bates_end")
  private Long last;

  @Column(name = "bates_width")
  private Integer width;

  protected BatesRange() {}

  private BatesRange(BatesNumber begin, BatesNumber end) {
    this.prefix = begin.prefix();
    this.first = begin.counter();
    this.last = end.counter();
    this.width = begin.width();
  }

  /** The range from {@code begin} to {@code end}, or a violation when they do not make one. */
  public static BatesRange of(BatesNumber begin, BatesNumber end) {
    Require.present(begin, "Beginning Bates number");
    Require.present(end, "Ending Bates number");
    if (!begin.sameSeries(end) || begin.width() != end.width()) {
      throw new DomainRuleViolation(
          begin + " and " + end + " are not in one Bates series (prefix and padding differ)");
    }
    if (end.counter() < begin.counter()) {
      throw new DomainRuleViolation(
          "The Bates range " + begin + "–" + end + " ends before it begins");
    }
    return new BatesRange(begin, end);
  }

  /** The {@code pages} numbers from {@code begin} on. */
  public static BatesRange of(BatesNumber begin, int pages) {
    Require.present(begin, "Beginning Bates number");
    if (pages < 1) {
      throw new DomainRuleViolation("A Bates range numbers at least one page, not " + pages);
    }
    return new BatesRange(begin, begin.plus(pages - 1L));
  }

  /** Reads "ROE0000005" and "ROE0000006" as the range between them. */
  public static BatesRange parse(String begin, String end) {
    BatesNumber b = BatesNumber.parse(begin);
    return of(b, end == null || end.isBlank() ? b : BatesNumber.parse(end));
  }

  public BatesNumber begin() {
    return BatesNumber.of(prefix, first, width);
  }

  public BatesNumber end() {
    return BatesNumber.of(prefix, last, width);
  }

  public String prefix() {
    return prefix;
  }

  /** How many pages the range numbers. */
  public int pageCount() {
    return Math.toIntExact(last - first + 1);
  }

  /** The number of page {@code page} (1-based), or a violation when the range has no such page. */
  public BatesNumber page(int page) {
    if (page < 1 || page > pageCount()) {
      throw new DomainRuleViolation(
          "The Bates range " + this + " numbers " + pageCount() + " pages, not page " + page);
    }
    return begin().plus(page - 1L);
  }

  /** Which page (1-based) {@code number} is, or 0 when the range does not hold it. */
  public int pageOf(BatesNumber number) {
    return contains(number) ? Math.toIntExact(number.counter() - first + 1) : 0;
  }

  /** Whether {@code number} is one of the range's (same prefix, counter within; any padding). */
  public boolean contains(BatesNumber number) {
    return number.prefix().equals(prefix) && number.counter() >= first && number.counter() <= last;
  }

  /** Whether the two ranges share a number (same prefix, counters overlapping). */
  public boolean overlaps(BatesRange other) {
    return other.prefix.equals(prefix) && other.first <= last && other.last >= first;
  }

  /** The number after the range's last one: where the next document's range begins. */
  public BatesNumber following() {
    return end().next();
  }

  /**
   * The range as a cite gives it: "ROE0000006" for one page, "ROE0000005–06" across pages (the end
   * keeps the digits that change, at least two, as page cites do: "ROE0000099–100").
   */
  public String cite() {
    return citeBetween(1, pageCount());
  }

  /** The cite of pages {@code fromPage} to {@code toPage} (1-based, inclusive) of the range. */
  public String citeBetween(int fromPage, int toPage) {
    BatesNumber a = page(fromPage);
    BatesNumber b = page(Math.max(fromPage, toPage));
    if (a.equals(b)) {
      return a.format();
    }
    String da = a.digits();
    String db = b.digits();
    int same = 0;
    while (same < da.length() && da.charAt(same) == db.charAt(same)) {
      same++;
    }
    int keep = Math.max(2, db.length() - same);
    return a.format() + "–" + db.substring(Math.max(0, db.length() - keep));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatesRange r
        && Objects.equals(r.prefix, prefix)
        && Objects.equals(r.first, first)
        && Objects.equals(r.last, last)
        && Objects.equals(r.width, width);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefix, first, last, width);
  }

  /** "ROE0000005–ROE0000006", or the one number of a one-page range. */
  @Override
  public String toString() {
    return first.equals(last) ? begin().format() : begin() + "–" + end();
  }
}
