package org.pincite.service.cite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The number printed on each page of a document ("2087", "A-12", "iv"), by page index from 1. A
 * page without a printed number is cited by its index.
 */
public final class PageLabels {
  static final String EN_DASH = "\u2013";
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final PageLabels NONE = new PageLabels(List.of());

  private final List<String> labels;

  private PageLabels(List<String> labels) {
    this.labels = labels;
  }

  /** No page has a printed number: every page is cited by its index. */
  public static PageLabels none() {
    return NONE;
  }

  /**
   * The labels of pages 1, 2, …; a null or blank entry (or a page past the list) has none. Null
   * gives {@link #none()}.
   */
  public static PageLabels of(List<String> labels) {
    if (labels == null || labels.isEmpty()) {
      return NONE;
    }
    List<String> copy = new ArrayList<>(labels.size());
    for (String l : labels) {
      copy.add(l == null || l.isBlank() ? null : l.strip());
    }
    return new PageLabels(Collections.unmodifiableList(copy));
  }

  /** The number printed on page {@code page}, else the page index itself. */
  public String label(int page) {
    String l = page >= 1 && page <= labels.size() ? labels.get(page - 1) : null;
    return l == null ? Integer.toString(page) : l;
  }

  /**
   * Pages {@code from} to {@code to} as a cite writes them: "3", "3–4", "2087–88" (a number range
   * keeps the last two digits of its end, as the Bluebook does), "iv–v".
   */
  public String range(int from, int to) {
    String first = label(from);
    if (to <= from) {
      return first;
    }
    String last = label(to);
    if (first.equals(last)) {
      return first;
    }
    if (DIGITS.matcher(first).matches()
        && DIGITS.matcher(last).matches()
        && first.length() == last.length()
        && first.length() > 2) {
      int same = 0;
      while (same < first.length() - 2 && first.charAt(same) == last.charAt(same)) {
        same++;
      }
      last = last.substring(same);
    }
    return first + EN_DASH + last;
  }

  /** True when some page carries a printed number other than its index. */
  public boolean differsFromIndices() {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i) != null && !labels.get(i).equals(Integer.toString(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The labels by page index from 1, null where a page has none. */
  public List<String> asList() {
    return labels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageLabels other && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return labels.toString();
  }
}
