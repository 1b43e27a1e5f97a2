package org.pincite.service.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First guesses at what a document is called and when it is dated, from its text when its file says
 * nothing useful: a PDF title that names something (not "untitled" or a file name), else a court
 * opinion's case name (its running header or its caption: "Gildernew v. Gantner"), else its first
 * heading line; the date a court decided or filed it, else the first date on page 1.
 */
public final class DocumentNames {
  private static final int MAX_TITLE = 200;
  private static final int HEAD_LINES = 40;

  private static final Pattern FILE_NAME_LIKE =
      Pattern.compile(
          "(?i)^(untitled.*|microsoft word - .*|.*\\.(pdf|docx?|wpd|rtf|txt|tiff?)|[\\d\\s_.-]+|document\\d*)$");
  private static final Pattern CASE_NAME =
      Pattern.compile(
          "^[A-Z][\\p{L}.'&-]*(?: [\\p{L}.'&-]+){0,5} v\\. [A-Z][\\p{L}.'&-]*(?: [\\p{L}.'&,-]+){0,5}$");
  private static final Pattern VERSUS_LINE =
      Pattern.compile("(?i)^[\\s\u2013\u2014-]*v(s)?\\.?[\\s\u2013\u2014-]*$");
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)^(?:(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?)[\\s,\u2013\u2014-]*)+[.,\\d]*$");
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DATE = Pattern.compile(MONTHS + "\\s+(\\d{1,2}),\\s+(\\d{4})");
  private static final Pattern DECIDED =
      Pattern.compile("(?i)(?:decided|filed|dated|date|entered)[:\\s]*" + DATE.pattern());
  private static final DateTimeFormatter MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);

  private DocumentNames() {}

  /** The title the file gives, when it names something, else one read from the text. */
  public static Optional<String> title(String fileTitle, List<String> pages) {
    if (fileTitle != null
        && fileTitle.strip().length() >= 4
        && !FILE_NAME_LIKE.matcher(fileTitle.strip()).matches()) {
      return Optional.of(cut(fileTitle.strip()));
    }
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    List<String> first = lines(pages.get(0));
    for (String line : first) {
      if (CASE_NAME.matcher(line).matches()) {
        return Optional.of(line);
      }
    }
    Optional<String> header = runningCaseName(pages);
    if (header.isPresent()) {
      return header;
    }
    Optional<String> caption = caption(first);
    if (caption.isPresent()) {
      return caption;
    }
    return first.stream()
        .filter(l -> l.codePoints().filter(Character::isLetter).count() >= 3)
        .findFirst()
        .map(DocumentNames::cut);
  }

  /** The date the court decided or filed the document, else the first date on its first page. */
  public static Optional<LocalDate> date(List<String> pages) {
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    String head = String.join("\n", lines(pages.get(0)));
    Matcher decided = DECIDED.matcher(head);
    if (decided.find()) {
      return day(decided.group(1), decided.group(2), decided.group(3));
    }
    Matcher any = DATE.matcher(head);
    return any.find() ? day(any.group(1), any.group(2), any.group(3)) : Optional.empty();
  }

  /** "2086 MORTIMER v. BACA" at the top of most pages: "Mortimer v. Baca". */
  private static Optional<String> runningCaseName(List<String> pages) {
    PageLayout layout = PageLayout.of(pages);
    for (int p = 2; p <= Math.min(pages.size(), 4); p++) {
      for (PageLayout.Range r : layout.hidden(p)) {
        if (!r.wholeLine()) {
          continue;
        }
        String line =
            pages.get(p - 1).substring(r.start(), r.end()).replaceAll("\\d+", " ").strip();
        line = line.replaceAll("\\s+", " ");
        if (line.contains(" v. ") && line.length() <= 80) {
          return Optional.of(titleCase(line));
        }
      }
    }
    return Optional.empty();
  }

  /** The caption: the party named above the "v." line and the one below it. */
  private static Optional<String> caption(List<String> lines) {
    for (int i = 1; i < lines.size() - 1; i++) {
      if (VERSUS_LINE.matcher(lines.get(i)).matches()) {
        String before = party(lines, i, -1);
        String after = party(lines, i, 1);
        if (before != null && after != null) {
          return Optional.of(cut(titleCase(before) + " v. " + titleCase(after)));
        }
      }
    }
    return Optional.empty();
  }

  private static String party(List<String> lines, int versus, int step) {
    for (int j = versus + step;
        j >= 0 && j < lines.size() && Math.abs(j - versus) <= 3;
        j += step) {
      String line = lines.get(j);
      if (ROLE.matcher(line).matches()) {
        continue;
      }
      int comma = line.indexOf(',');
      String name = (comma > 0 ? line.substring(0, comma) : line).strip();
      return name.codePoints().filter(Character::isLetter).count() >= 2 ? name : null;
    }
    return null;
  }

  private static final java.util.Set<String> SMALL_WORDS =
      java.util.Set.of("of", "and", "the", "for", "in", "on", "to", "a", "an", "de");

  /** Words in capitals get an initial capital: "MORTIMER v. BACA" is "Mortimer v. Baca". */
  static String titleCase(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.split(" ")) {
      if (out.length() > 0 && SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        out.append(' ').append(w.toLowerCase(Locale.ROOT));
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean caps =
          w.codePoints().filter(Character::isLetter).count() > 1
              && w.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
      out.append(caps ? w.substring(0, 1) + w.substring(1).toLowerCase(Locale.ROOT) : w);
    }
    return out.toString();
  }

  private static List<String> lines(String page) {
    return Arrays.stream(page.split("\n"))
        .map(l -> l.strip().replaceAll("\\s+", " "))
        .filter(l -> !l.isEmpty())
        .limit(HEAD_LINES)
        .toList();
  }

  private static String cut(String s) {
    return s.length() <= MAX_TITLE ? s : s.substring(0, MAX_TITLE - 1) + "\u2026";
  }

  private static Optional<LocalDate> day(String month, String day, String year) {
    try {
      return Optional.of(LocalDate.parse(month + " " + day + " " + year, MONTH_DAY_YEAR));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
