package org.pincite.service.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers printed on a document's pages, found in their headers and footers: a number at the
 * start or end of one of the first or last lines ("2086 MORTIMER v. BACA", "- 3 -", "Page 5 of 9",
 * "A-12", "iv") that runs on consistently from page to page. A number that fits no run (a line
 * number, a year, a docket number) is not a page's label.
 */
public final class PrintedPages {
  private static final int EDGE_LINES = 2;
  private static final int MAX_EDGE_LINE = 80;

  /** A label a line may begin or end with: prefix (e.g. "A-"), then digits or a roman numeral. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(?:page\\s+)?-?\\s*(?:([A-Z]{1,2}-)?(\\d{1,5})|([ivxlc]{1,7}))\\s*-?(?:\\s+of\\s+\\d{1,5})?$");

  /** HeinOnline's stamp names the journal page: "HeinOnline -- 77 Law. Libr. J. 543 1984-1985". */
  private static final Pattern HEIN_ONLINE =
      Pattern.compile("HeinOnline\\s*-+\\s*\\d+\\s+.+?\\s(\\d{1,5})\\s+\\d{4}(?:-\\d{4})?\\s*$");

  private PrintedPages() {}

  /** A number printed on a page: {@code prefix} and {@code value}, written as {@code text}. */
  record Candidate(String prefix, boolean roman, int value, String text) {
    /** The run this number belongs to on page index {@code i}: same style, same distance. */
    String run(int i) {
      return prefix + (roman ? "r" : "d") + (value - i);
    }
  }

  /**
   * The label of each page (page 1 first, null where a page shows none), or an empty list when the
   * pages show no numbers other than their indices.
   */
  public static List<String> find(List<String> pages) {
    List<List<Candidate>> candidates = new ArrayList<>();
    for (String page : pages) {
      candidates.add(candidates(page == null ? "" : page));
    }
    String[] labels = new String[pages.size()];
    int found = 0;
    Map<String, Integer> runs = runs(candidates);
    for (int i = 0; i < pages.size(); i++) {
      Candidate chosen = inRun(candidates, i, runs);
      if (chosen != null) {
        labels[i] = chosen.text();
        found++;
      }
    }
    // A first page printed with its number alone (an opinion's first page) before a run.
    for (int i = 0; i < pages.size(); i++) {
      if (labels[i] == null && candidates.get(i).size() == 1) {
        Candidate only = candidates.get(i).get(0);
        Candidate next = nextLabelled(candidates, labels, i);
        Candidate previous = previousLabelled(candidates, labels, i);
        if ((next != null || previous != null)
            && (next == null || fitsBefore(only, next))
            && (previous == null || fitsBefore(previous, only))) {
          labels[i] = only.text();
          found++;
        }
      }
    }
    boolean differ = false;
    for (int i = 0; i < labels.length; i++) {
      differ |= labels[i] != null && !labels[i].equals(Integer.toString(i + 1));
    }
    return found * 2 >= pages.size() && differ && found >= 2 ? Arrays.asList(labels) : List.of();
  }

  private static boolean fitsBefore(Candidate a, Candidate b) {
    return a.prefix.equals(b.prefix) && a.roman == b.roman && a.value < b.value;
  }

  private static Candidate nextLabelled(List<List<Candidate>> c, String[] labels, int i) {
    for (int j = i + 1; j < labels.length; j++) {
      if (labels[j] != null) {
        return byText(c.get(j), labels[j]);
      }
    }
    return null;
  }

  private static Candidate previousLabelled(List<List<Candidate>> c, String[] labels, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (labels[j] != null) {
        return byText(c.get(j), labels[j]);
      }
    }
    return null;
  }

  private static Candidate byText(List<Candidate> candidates, String text) {
    return candidates.stream().filter(c -> c.text().equals(text)).findFirst().orElse(null);
  }

  /**
   * The candidate of page {@code i} in the longest run: numbers that grow with the page index on as
   * many pages as possible ("Page 4 of 9" on every page beats a margin line number that happens to
   * follow the page before's). Null when no candidate is shared by two pages.
   */
  private static Candidate inRun(
      List<List<Candidate>> candidates, int i, Map<String, Integer> runs) {
    Candidate best = null;
    int bestRun = 1;
    for (Candidate c : candidates.get(i)) {
      int run = runs.getOrDefault(c.run(i), 0);
      if (run > bestRun) {
        best = c;
        bestRun = run;
      }
    }
    return best;
  }

  private static Map<String, Integer> runs(List<List<Candidate>> candidates) {
    Map<String, Integer> runs = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Set<String> mine = new HashSet<>();
      for (Candidate c : candidates.get(i)) {
        mine.add(c.run(i));
      }
      mine.forEach(r -> runs.merge(r, 1, Integer::sum));
    }
    return runs;
  }

  /** Numbers at the start or end of the first and last lines of a page. */
  static List<Candidate> candidates(String page) {
    List<String> lines =
        Arrays.stream(page.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> edges = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if ((i < EDGE_LINES || i >= lines.size() - EDGE_LINES)
          && lines.get(i).length() <= MAX_EDGE_LINE) {
        edges.add(lines.get(i));
      }
    }
    List<Candidate> found = new ArrayList<>();
    for (String line : edges) {
      Matcher hein = HEIN_ONLINE.matcher(line);
      if (hein.find()) {
        addIfLabel(found, hein.group(1));
      }
      String[] words = line.split("\\s+");
      addIfLabel(found, line);
      if (words.length > 1) {
        addIfLabel(found, words[0]);
        addIfLabel(found, words[words.length - 1]);
      }
    }
    return found;
  }

  private static void addIfLabel(List<Candidate> found, String text) {
    Matcher m = LABEL.matcher(text.strip());
    if (!m.matches()) {
      return;
    }
    Candidate c;
    if (m.group(2) != null) {
      String prefix = m.group(1) == null ? "" : m.group(1).toUpperCase();
      c = new Candidate(prefix, false, Integer.parseInt(m.group(2)), prefix + m.group(2));
    } else {
      String roman = m.group(3);
      int value = romanValue(roman);
      if (value <= 0 || !roman.equals(roman.toLowerCase())) {
        return; // capital numerals are headings ("II"), not page numbers
      }
      c = new Candidate("", true, value, roman);
    }
    if (found.stream().noneMatch(f -> f.text().equals(c.text()))) {
      found.add(c);
    }
  }

  /** The value of a lower-case roman numeral, or -1 when it is not well formed. */
  static int romanValue(String s) {
    String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    for (int v = 1; v < 200; v++) {
      String r = (v >= 100 ? "c" : "") + tens[(v % 100) / 10] + ones[v % 10];
      if (r.equals(s)) {
        return v;
      }
    }
    return -1;
  }
}
