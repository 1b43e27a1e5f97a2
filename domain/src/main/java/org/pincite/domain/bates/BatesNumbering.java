package org.pincite.domain.bates;

import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * Hands out contiguous Bates ranges from a start, one document after another: the next range begins
 * right after the last one handed out, so a family given in order (email, then its attachments) is
 * numbered without a gap.
 */
public final class BatesNumbering {
  private BatesNumber next;
  private BatesNumber last;

  public BatesNumbering(BatesNumber start) {
    this.next = Require.present(start, "First Bates number");
  }

  /** The numbering that starts at {@code startNumber} with the prefix and padding given. */
  public static BatesNumbering startingAt(String prefix, long startNumber, int padding) {
    return new BatesNumbering(BatesNumber.of(prefix, startNumber, padding));
  }

  /** The next {@code pages} numbers. */
  public BatesRange take(int pages) {
    if (next == null) {
      throw new DomainRuleViolation(
          "The Bates series ends at " + last + ": choose a larger padding or another prefix");
    }
    BatesRange range = BatesRange.of(next, pages);
    last = range.end();
    next = last.counter() == largest(last) ? null : range.following();
    return range;
  }

  /** The number the next range will begin with. */
  public BatesNumber peek() {
    return Require.present(next, "A further Bates number in this series");
  }

  private static long largest(BatesNumber n) {
    return Long.parseLong("9".repeat(n.width()));
  }
}
