package org.pincite.domain.bates;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * One Bates number: a prefix ("ROE", "OPENAI_") and a counter written with {@code width} digits,
 * zero-padded ("ROE0000006"). The prefix never ends in a digit, so that a number reads back as the
 * same prefix and counter; the counter always fits its width.
 */
public final class BatesNumber implements Comparable<BatesNumber>, Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_PREFIX = 40;
  public static final int MAX_WIDTH = 15;

  private static final Comparator<BatesNumber> ORDER =
      Comparator.comparing(BatesNumber::prefix)
          .thenComparingLong(BatesNumber::counter)
          .thenComparingInt(BatesNumber::width);

  private final String prefix;
  private final long counter;
  private final int width;

  private BatesNumber(String prefix, long counter, int width) {
    this.prefix = prefix;
    this.counter = counter;
    this.width = width;
  }

  /**
   * The number {@code counter} in the series {@code prefix} written with {@code width} digits, or a
   * violation saying which rule it breaks.
   */
  public static BatesNumber of(String prefix, long counter, int width) {
    String p = prefix == null ? "" : prefix;
    if (p.length() > MAX_PREFIX) {
      throw new DomainRuleViolation(
          "A Bates prefix has at most "
              + MAX_PREFIX
              + " characters; '"
              + p
              + "' has "
              + p.length());
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == ',' || c == '\\') {
        throw new DomainRuleViolation(
            "A Bates prefix cannot hold spaces, commas, backslashes or control characters: '"
                + p
                + "'");
      }
    }
    if (!p.isEmpty() && Character.isDigit(p.charAt(p.length() - 1))) {
      throw new DomainRuleViolation(
          "A Bates prefix cannot end in a digit ('" + p + "'): its numbers would not read back");
    }
    if (width < 1 || width > MAX_WIDTH) {
      throw new DomainRuleViolation(
          "A Bates number's padding is 1 to " + MAX_WIDTH + " digits, not " + width);
    }
    if (counter < 0) {
      throw new DomainRuleViolation("A Bates number cannot be negative: " + counter);
    }
    if (counter > largest(width)) {
      throw new DomainRuleViolation(
          counter
              + " does not fit a Bates number of "
              + width
              + " digits (at most "
              + largest(width)
              + ")");
    }
    return new BatesNumber(p, counter, width);
  }

  /**
   * Reads "ROE0000006" as the prefix "ROE", counter 6, width 7: the trailing digits are the
   * counter, what comes before them the prefix.
   */
  public static BatesNumber parse(String text) {
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation("A Bates number must not be blank");
    }
    String t = text.strip();
    int digits = t.length();
    while (digits > 0 && isAsciiDigit(t.charAt(digits - 1))) {
      digits--;
    }
    int width = t.length() - digits;
    if (width == 0) {
      throw new DomainRuleViolation("'" + t + "' is not a Bates number: it does not end in digits");
    }
    if (width > MAX_WIDTH) {
      throw new DomainRuleViolation(
          "'" + t + "' is not a Bates number: its counter has more than " + MAX_WIDTH + " digits");
    }
    return of(t.substring(0, digits), Long.parseLong(t.substring(digits)), width);
  }

  /** Whether {@code text} reads as a Bates number (see {@link #parse}). */
  public static boolean isBatesNumber(String text) {
    try {
      parse(text);
      return true;
    } catch (DomainRuleViolation e) {
      return false;
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static long largest(int width) {
    long max = 1;
    for (int i = 0; i < width; i++) {
      max *= 10;
    }
    return max - 1;
  }

  /** The number after this one in the same series; a violation when the width is used up. */
  public BatesNumber next() {
    return plus(1);
  }

  /** The number {@code n} after this one (n ≥ 0) in the same series. */
  public BatesNumber plus(long n) {
    if (n < 0) {
      throw new DomainRuleViolation("Bates numbers only count up");
    }
    if (counter > largest(width) - n) {
      throw new DomainRuleViolation(
          format()
              + " plus "
              + n
              + " does not fit "
              + width
              + " digits: choose a larger padding or another prefix");
    }
    return new BatesNumber(prefix, counter + n, width);
  }

  /** Whether {@code other} is in the same series (same prefix), whatever its padding. */
  public boolean sameSeries(BatesNumber other) {
    return prefix.equals(other.prefix);
  }

  /** How many numbers {@code other} lies after this one in the same series (negative: before). */
  public long distanceTo(BatesNumber other) {
    if (!sameSeries(other)) {
      throw new DomainRuleViolation(
          format() + " and " + other.format() + " are not in the same Bates series");
    }
    return other.counter - counter;
  }

  public String prefix() {
    return prefix;
  }

  public long counter() {
    return counter;
  }

  public int width() {
    return width;
  }

  /** The number as stamped: prefix and the counter padded with zeros ("ROE0000006"). */
  public String format() {
    String digits = Long.toString(counter);
    return prefix + "0".repeat(width - digits.length()) + digits;
  }

  /** The counter's digits only, padded ("0000006"). */
  public String digits() {
    return format().substring(prefix.length());
  }

  @Override
  public int compareTo(BatesNumber o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatesNumber b
        && b.counter == counter
        && b.width == width
        && b.prefix.equals(prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefix, counter, width);
  }

  @Override
  public String toString() {
    return format();
  }
}
