package org.pincite.service.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of a court paper that are never "the sentence" to mark as evidence: the caption
 * (parties, court, case number), the signature block, and running headers and footers.
 */
final class Boilerplate {
  private static final List<Pattern> PATTERNS =
      List.of(
          // caption: "ELON MUSK, Plaintiff, v. SAMUEL ALTMAN, et al., Defendants."
          Pattern.compile(
              "(?im)^\\s*(and\\s+)?(plaintiffs?|defendants?|petitioners?|respondents?)\\s*[,.]?\\s*$"),
          Pattern.compile("\\bv(s)?\\.\\s+\\p{Lu}"),
          Pattern.compile("\\b(case|docket|civil action)\\s+no\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "\\b(superior|district|supreme|circuit) court\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\bcounty of\\b", Pattern.CASE_INSENSITIVE),
          // signature block
          Pattern.compile(
              "\\b(respectfully submitted|attorneys? for|counsel for|dated:|/s/|esq\\.|bar no\\.)",
              Pattern.CASE_INSENSITIVE),
          // running header or footer: "Page 3 of 10", "- 3 -", "COMPLAINT — 4"
          Pattern.compile(
              "^\\s*(page\\s+\\d+(\\s+of\\s+\\d+)?|-\\s*\\d+\\s*-)\\s*$",
              Pattern.CASE_INSENSITIVE));

  private Boilerplate() {}

  /** Whether a sentence of a page is a caption, signature block, header or footer. */
  static boolean is(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return true;
    }
    for (Pattern p : PATTERNS) {
      if (p.matcher(s).find()) {
        return true;
      }
    }
    // Headings and running heads are set in capitals: a "sentence" without a lower-case letter.
    long letters = s.codePoints().filter(Character::isLetter).count();
    long lower = s.codePoints().filter(Character::isLowerCase).count();
    boolean latin = s.codePoints().anyMatch(cp -> cp < 0x250 && Character.isLetter(cp));
    if (latin && letters > 0 && lower * 10 < letters) {
      return true;
    }
    // A line of a few words with a number and no full stop ("COMPLAINT 4", "Ex. 12")
    return s.split("\\s+").length <= 3 && !s.toLowerCase(Locale.ROOT).matches(".*[.!?]$");
  }
}
