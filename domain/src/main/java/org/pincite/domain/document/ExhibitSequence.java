package org.pincite.domain.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * Exhibit labels given in sequence from a first one: "Ex. 12" then "Ex. 13", "PX-003" then "PX-004"
 * (the number's width kept), "A-9" then "A-10".
 */
public final class ExhibitSequence {
  private static final Pattern LAST_NUMBER = Pattern.compile("^(.*?)(\\d+)(\\D*)$");

  private final String prefix;
  private final long first;
  private final int width;
  private final String suffix;

  private ExhibitSequence(String prefix, long first, int width, String suffix) {
    this.prefix = prefix;
    this.first = first;
    this.width = width;
    this.suffix = suffix;
  }

  /** The sequence that starts at {@code firstLabel}, which must hold a number. */
  public static ExhibitSequence from(String firstLabel) {
    String label = firstLabel == null ? "" : firstLabel.strip();
    Matcher m = LAST_NUMBER.matcher(label);
    if (label.isEmpty() || !m.matches() || m.group(2).length() > 15) {
      throw new DomainRuleViolation(
          "The first exhibit label needs a number to count on from, like 'Ex. 1' or 'PX-001' (not '"
              + label
              + "')");
    }
    return new ExhibitSequence(
        m.group(1), Long.parseLong(m.group(2)), m.group(2).length(), m.group(3));
  }

  /** The label {@code i} places after the first (0: the first itself). */
  public String label(int i) {
    String number = String.valueOf(first + i);
    return prefix + "0".repeat(Math.max(0, width - number.length())) + number + suffix;
  }
}
