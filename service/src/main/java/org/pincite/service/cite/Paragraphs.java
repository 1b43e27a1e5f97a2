package org.pincite.service.cite;

import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbered paragraphs of a pleading, found in its page text. */
final class Paragraphs {
  /**
   * A numbered paragraph of a pleading begins its first line with its number: "23. Plaintiff …".
   */
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,4})\\.\\s+\\S");

  /** A page's running header or footer, which a paragraph continues across. */
  private static final Pattern PAGE_FURNITURE =
      Pattern.compile("(?i)^\\s*(.*\\bpage\\s+\\d+(\\s+of\\s+\\d+)?|-?\\s*\\d{1,4}\\s*-?)\\s*$");

  /**
   * A lettered subheading ("A. The Founding Agreement") or a heading in capitals ends the paragraph
   * above it.
   */
  private static final Pattern SUBHEADING =
      Pattern.compile(
          "^\\s*([A-Z]\\.\\s+\\S|\\w+\\s+cause\\s+of\\s+action\\b|count\\s+[ivxlc\\d]+\\b)",
          Pattern.CASE_INSENSITIVE);

  /** How many pages back a paragraph is followed to find its number. */
  private static final int PAGES_BACK = 3;

  private Paragraphs() {}

  /**
   * The number of the numbered paragraph that the text at {@code offset} of page {@code page} lies
   * in: the nearest line at or above it that starts "N. ", followed back over page breaks (running
   * headers and footers skipped), unless a heading comes first.
   */
  static OptionalInt at(IntFunction<String> pageText, int page, int offset) {
    for (int p = page; p >= 1 && p > page - PAGES_BACK; p--) {
      String text = pageText.apply(p);
      if (text == null) {
        return OptionalInt.empty();
      }
      int from = p == page ? Math.min(Math.max(offset, 0), text.length()) : text.length();
      // Lines from the one holding the offset upward.
      int lineEnd = text.indexOf('\n', from);
      String upTo = text.substring(0, lineEnd < 0 ? text.length() : lineEnd);
      String[] lines = upTo.split("\n", -1);
      for (int i = lines.length - 1; i >= 0; i--) {
        String line = lines[i];
        if (line.isBlank() || PAGE_FURNITURE.matcher(line).matches()) {
          continue;
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.find()) {
          return OptionalInt.of(Integer.parseInt(numbered.group(1)));
        }
        if (isHeading(line)) {
          return OptionalInt.empty();
        }
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isHeading(String line) {
    if (SUBHEADING.matcher(line).find()) {
      return true;
    }
    long letters = line.codePoints().filter(Character::isLetter).count();
    return letters >= 4
        && line.codePoints().filter(Character::isLetter).allMatch(c -> !Character.isLowerCase(c))
        && line.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }
}
