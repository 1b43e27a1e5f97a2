package org.pincite.service.transcript;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.transcript.TranscriptKind;

/**
 * What a transcript's caption pages say of it: the kind of record, the witness of a deposition, the
 * day, the volume and a trial's day. Read from the first pages' text; whatever is not found is null
 * (the volume is then 1).
 */
public record TranscriptCaption(
    TranscriptKind kind, String witness, LocalDate date, int volume, Integer trialDay) {

  private static final Pattern DEPOSITION_OF =
      Pattern.compile(
          "(?i)\\bdeposition\\s+(?:upon\\s+oral\\s+examination\\s+)?of\\b[ \\t:]*([^\\n]*)");
  private static final Pattern DEPOSITION = Pattern.compile("(?i)\\bdeposition\\b");
  private static final Pattern TRIAL =
      Pattern.compile("(?i)\\b(jury\\s+trial|bench\\s+trial|trial\\s+transcript|trial\\s+day)\\b");
  private static final Pattern TRIAL_WORD = Pattern.compile("\\bTRIAL\\b|\\bTrial\\b");
  private static final Pattern HEARING =
      Pattern.compile(
          "(?i)\\b(hearing|proceedings|motion\\s+hearing|oral\\s+(?:\\d{1,2}\\s+)?argument)\\b");
  private static final Pattern TRANSCRIPT_WORD =
      Pattern.compile(
          "(?i)\\b(transcript|reporter'?s|reporting|proceedings|above-entitled\\s+matter)\\b");
  private static final Pattern DAY = Pattern.compile("(?i)\\bday\\s+(\\d{1,2}|[ivx]+)\\b");
  private static final Pattern VOLUME =
      Pattern.compile("(?i)\\b(?:volume|vol\\.)\\s+(\\d{1,2}|[ivxlc]{1,6})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?i)\\b(January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern TITLES =
      Pattern.compile("(?i)^(?:(?:the\\s+)?(?:dr|mr|mrs|ms|prof|hon)\\.?\\s+)+");
  private static final Pattern NAME_SUFFIX =
      Pattern.compile("(?i),?\\s+(?:jr\\.?|sr\\.?|ii|iii|iv|ph\\.?d\\.?|m\\.?d\\.?|esq\\.?)$");

  /**
   * The caption of {@code firstPages} (the text of the first two or three pages), when they read as
   * a transcript: a deposition, a trial or a hearing named together with a transcript or a
   * reporter.
   */
  public static Optional<TranscriptCaption> read(String firstPages) {
    if (firstPages == null || firstPages.isBlank()) {
      return Optional.empty();
    }
    String text = firstPages.replace('\f', '\n');
    TranscriptKind kind;
    String witness = null;
    Matcher of = DEPOSITION_OF.matcher(text);
    if (of.find()) {
      kind = TranscriptKind.DEPOSITION;
      witness = witness(of.group(1), text.substring(of.end()));
    } else if (DEPOSITION.matcher(text).find() && TRANSCRIPT_WORD.matcher(text).find()) {
      kind = TranscriptKind.DEPOSITION;
    } else if (TRIAL.matcher(text).find()
        || (TRIAL_WORD.matcher(text).find() && TRANSCRIPT_WORD.matcher(text).find())) {
      kind = TranscriptKind.TRIAL;
    } else if (HEARING.matcher(text).find() && TRANSCRIPT_WORD.matcher(text).find()) {
      kind = TranscriptKind.HEARING;
    } else {
      return Optional.empty();
    }
    Integer day = null;
    if (kind == TranscriptKind.TRIAL) {
      Matcher d = DAY.matcher(text);
      if (d.find()) {
        day = number(d.group(1));
      }
    }
    Matcher v = VOLUME.matcher(text);
    int volume = v.find() ? Math.max(1, number(v.group(1))) : 1;
    return Optional.of(new TranscriptCaption(kind, witness, date(text), volume, day));
  }

  /** The witness named after "DEPOSITION OF", or on the line below when that line ends there. */
  private static String witness(String sameLine, String after) {
    String name = clean(sameLine);
    if (name.isEmpty()) {
      for (String line : after.split("\n")) {
        String candidate = clean(line);
        if (!candidate.isEmpty()) {
          name = candidate;
          break;
        }
      }
    }
    return name.isEmpty() || name.length() > 120 ? null : titleCase(name);
  }

  /** The words of a name, without a leading line number, volume, date or trailing comma. */
  private static String clean(String line) {
    String s = line.strip().replaceFirst("^\\d{1,2}\\s+", "");
    s = s.replaceAll("(?i)[,;]?\\s*(volume|vol\\.)\\s+\\S+.*$", "");
    s = s.replaceAll("(?i),?\\s+(taken|held|on|dated)\\b.*$", "");
    s = s.replaceAll("[,;:.]+$", "").strip();
    return s;
  }

  /** "JANE Q. ROE" becomes "Jane Q. Roe"; names written in other scripts stay as they are. */
  static String titleCase(String name) {
    boolean allCaps =
        name.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    if (!allCaps) {
      return name;
    }
    StringBuilder s = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      s.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return s.toString().replaceAll("\\bMc([a-z])", "Mc$1");
  }

  /**
   * The surname a cite names a witness by: the last word of the name, titles and suffixes left out
   * ("Dr. Jane Q. Roe, Jr." → "Roe"); a name written in Hangul, Han or kana is kept whole ("김민준"),
   * since no Latin-style surname can be cut from it reliably.
   */
  public static String surname(String witness) {
    if (witness == null || witness.isBlank()) {
      return null;
    }
    String name = NAME_SUFFIX.matcher(witness.strip()).replaceAll("");
    name = TITLES.matcher(name).replaceAll("").strip();
    if (name.isEmpty()) {
      return witness.strip();
    }
    boolean latin =
        name.codePoints()
            .filter(Character::isLetter)
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    if (!latin) {
      return name;
    }
    int comma = name.indexOf(',');
    if (comma > 0) {
      return name.substring(0, comma).strip(); // "Roe, Jane"
    }
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }

  private static LocalDate date(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      try {
        return LocalDate.parse(
            m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                + m.group(1).substring(1).toLowerCase(Locale.ROOT)
                + " "
                + m.group(2)
                + " "
                + m.group(3),
            DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH));
      } catch (DateTimeParseException e) {
        // "February 30": no date
      }
    }
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      try {
        return LocalDate.parse(iso.group());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static int number(String digitsOrRoman) {
    if (digitsOrRoman.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(digitsOrRoman);
    }
    int total = 0;
    int previous = 0;
    String roman = digitsOrRoman.toUpperCase(Locale.ROOT);
    for (int i = roman.length() - 1; i >= 0; i--) {
      int value =
          switch (roman.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
          };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }
}
