package org.pincite.service.cite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What on a document's pages is the page's furniture rather than its words: running headers and
 * footers (lines repeated at the top or bottom of most pages, page numbers and all), page-number
 * lines ("Page 5 of 9", "- 3 -", "2083") and the margin line numbers of pleading paper. Read from
 * the stored page text, which it never changes: it gives ranges of offsets in that text, for the
 * viewer to dim and for a quote as cited to leave out.
 */
public final class PageLayout {
  /**
   * A run of offsets [start, end) in a page's stored text: a whole line of furniture (header,
   * footer, page number), or a margin line number before a line's words.
   */
  public record Range(int start, int end, boolean wholeLine) {}

  /** How many lines at the top and at the bottom of a page may be a header or footer. */
  private static final int EDGE_LINES = 3;

  private static final Pattern PAGE_NUMBER_LINE =
      Pattern.compile(
          "(?i)\\s*(?:page\\s+\\d{1,5}(?:\\s+of\\s+\\d{1,5})?|-\\s*\\d{1,5}\\s*-|\\d{1,5}|[ivxlc]{1,7}"
              + "|[A-Z]{1,2}-\\d{1,4})\\s*");
  private static final Pattern MARGIN_NUMBER = Pattern.compile("^(\\s*(\\d{1,2}))(?=\\s|$)");
  private static final Pattern NUMBER_TOKEN =
      Pattern.compile("(?i)(?:^|\\s)(?:page\\s+)?\\d{1,5}(?:\\s+of\\s+\\d{1,5})?(?=\\s|$)");

  private final List<List<Range>> hidden;

  private PageLayout(List<List<Range>> hidden) {
    this.hidden = hidden;
  }

  /** The layout of a document whose pages (page 1 first) hold these texts. */
  public static PageLayout of(List<String> pages) {
    List<List<Line>> lines = new ArrayList<>();
    for (String text : pages) {
      lines.add(Line.split(text == null ? "" : text));
    }
    Set<String> running = runningLines(lines);
    List<List<Range>> hidden = new ArrayList<>();
    for (List<Line> page : lines) {
      List<Range> ranges = new ArrayList<>();
      List<Line> words = page.stream().filter(l -> !l.text().isBlank()).toList();
      Set<Integer> numbered = marginNumbered(words);
      for (int i = 0; i < words.size(); i++) {
        Line line = words.get(i);
        boolean edge = i < EDGE_LINES || i >= words.size() - EDGE_LINES;
        if (numbered.contains(i)) {
          Matcher m = MARGIN_NUMBER.matcher(line.text());
          m.find();
          int end = m.end();
          while (end < line.text().length() && line.text().charAt(end) == ' ') {
            end++;
          }
          ranges.add(new Range(line.start(), line.start() + end, false));
        } else if (edge
            && (PAGE_NUMBER_LINE.matcher(line.text()).matches()
                || running.contains(key(line.text())))) {
          ranges.add(new Range(line.start(), line.end(), true));
        }
      }
      hidden.add(Collections.unmodifiableList(ranges));
    }
    return new PageLayout(Collections.unmodifiableList(hidden));
  }

  /**
   * The ranges of page {@code page}'s text (from 1) that are furniture, in order; none for a page
   * the document does not have.
   */
  public List<Range> hidden(int page) {
    return page >= 1 && page <= hidden.size() ? hidden.get(page - 1) : List.of();
  }

  /**
   * Lines at the top or bottom of at least half the pages (three at least), alike once their page
   * numbers are set aside: "2086 MORTIMER v. BACA" and "MORTIMER v. BACA 2087" are one running
   * header.
   */
  private static Set<String> runningLines(List<List<Line>> pages) {
    Map<String, Integer> seen = new HashMap<>();
    for (List<Line> page : pages) {
      List<Line> words = page.stream().filter(l -> !l.text().isBlank()).toList();
      Set<String> onThisPage = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        if (i < EDGE_LINES || i >= words.size() - EDGE_LINES) {
          String key = key(words.get(i).text());
          if (key.length() >= 3) {
            onThisPage.add(key);
          }
        }
      }
      onThisPage.forEach(k -> seen.merge(k, 1, Integer::sum));
    }
    int enough = Math.max(3, (pages.size() + 1) / 2);
    Set<String> running = new HashSet<>();
    seen.forEach(
        (k, n) -> {
          if (n >= enough) {
            running.add(k);
          }
        });
    return running;
  }

  /** A line without its page numbers, spaces collapsed, in lower case. */
  static String key(String line) {
    return NUMBER_TOKEN
        .matcher(line)
        .replaceAll(" ")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Pleading paper: the lines (indices into {@code words}) that begin with a margin number counting
   * up from 1 (a line without words keeps its number too), when most lines do; else none.
   */
  private static Set<Integer> marginNumbered(List<Line> words) {
    Set<Integer> counted = new HashSet<>();
    int expected = 1;
    for (int i = 0; i < words.size(); i++) {
      Matcher m = MARGIN_NUMBER.matcher(words.get(i).text());
      if (m.find() && Integer.parseInt(m.group(2)) == expected) {
        counted.add(i);
        expected++;
      }
    }
    return counted.size() >= 5 && counted.size() * 10 >= words.size() * 7 ? counted : Set.of();
  }

  /** One line of a page's text and where it lies (without its line break). */
  record Line(String text, int start, int end) {
    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        int visibleEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
        if (nl >= 0 || start < text.length()) {
          lines.add(new Line(text.substring(start, visibleEnd), start, visibleEnd));
        }
        if (nl < 0) {
          break;
        }
        start = nl + 1;
      }
      return lines;
    }
  }
}
