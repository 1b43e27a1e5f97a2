package org.pincite.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;

/**
 * Builds the pin cite of a passage the way a litigator writes it:
 *
 * <ul>
 *   <li>filings: the short form of the pleading ("Compl.", "Answer", "Mot."; else the title), the
 *       exhibit label, and the paragraph ("¶ 23", "¶¶ 23–24") when the passage lies in numbered
 *       paragraphs, else the page ("at 3");
 *   <li>emails: "Email from E. Musk to S. Altman, 1 Feb 2018, 'Subject', at 1";
 *   <li>other evidence: title, exhibit label, page.
 * </ul>
 *
 * Pages run with an en dash ("at 3–4") when a passage crosses a page break. Pure: the page text it
 * needs for paragraph numbers comes through a function.
 */
public final class PinCite {
  /**
   * What a cite needs to know of a document. {@code email} is null unless the document is a
   * message.
   */
  public record Source(
      DocumentKind kind,
      DocumentType type,
      String title,
      String exhibitLabel,
      EmailHeaders email) {}

  /**
   * Where in the document the passage lies: pages from 1, offsets in the page text (end exclusive).
   */
  public record Span(int startPage, int startOffset, int endPage, int endOffset) {
    public Span {
      if (startPage < 1 || endPage < startPage) {
        throw new IllegalArgumentException(
            "Pages " + startPage + " to " + endPage + " are no passage's pages");
      }
    }
  }

  static final String EN_DASH = "\u2013";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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

  private PinCite() {}

  /**
   * The pin cite of the passage at {@code span} in {@code source}. {@code pageText} gives a page's
   * text by number (null when unknown); it is only read for filings.
   */
  public static String of(Source source, Span span, IntFunction<String> pageText) {
    String pages = pages(span);
    if (source.email() != null
        && (source.type() == DocumentType.EMAIL || source.kind() == DocumentKind.EVIDENCE)) {
      String what = emailDescription(source.email());
      if (what != null) {
        return join(what, source.exhibitLabel()) + ", at " + pages;
      }
    }
    if (source.kind() == DocumentKind.FILING) {
      String name = join(filingName(source), source.exhibitLabel());
      OptionalInt first = paragraphAt(pageText, span.startPage(), span.startOffset());
      if (first.isPresent()) {
        OptionalInt last = paragraphAt(pageText, span.endPage(), Math.max(0, span.endOffset() - 1));
        if (last.isPresent() && last.getAsInt() > first.getAsInt()) {
          return name + " \u00b6\u00b6 " + first.getAsInt() + EN_DASH + last.getAsInt();
        }
        return name + " \u00b6 " + first.getAsInt();
      }
      return name + " at " + pages;
    }
    return join(source.title(), source.exhibitLabel()) + ", at " + pages;
  }

  /** "3", or "3–4" for a passage that crosses a page break. */
  public static String pages(Span span) {
    return span.startPage() == span.endPage()
        ? Integer.toString(span.startPage())
        : span.startPage() + EN_DASH + span.endPage();
  }

  /** A date as a lawyer writes it in a cite: "1 Feb 2018". */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  private static String join(String name, String exhibitLabel) {
    return exhibitLabel == null || exhibitLabel.isBlank()
        ? name
        : name + ", " + exhibitLabel.strip();
  }

  /**
   * A pleading by its short form; any other filing by its title (a generic "Doc." or "Ex." names
   * nothing).
   */
  private static String filingName(Source source) {
    DocumentType type = source.type();
    boolean pleading =
        type == DocumentType.COMPLAINT
            || type == DocumentType.ANSWER
            || type == DocumentType.MOTION;
    String abbreviation = type == null ? null : type.citeAbbreviation();
    return pleading && abbreviation != null && !abbreviation.isBlank()
        ? abbreviation
        : source.title();
  }

  /**
   * "Email from E. Musk to S. Altman, 1 Feb 2018, 'Subject'", or null when the headers name
   * nothing.
   */
  static String emailDescription(EmailHeaders email) {
    List<String> from = people(email.getFrom());
    List<String> to = people(email.getTo());
    OffsetDateTime sent = email.getSentAt();
    String subject =
        email.getSubject() == null || email.getSubject().isBlank()
            ? null
            : email.getSubject().strip();
    if (from.isEmpty() && to.isEmpty() && sent == null && subject == null) {
      return null;
    }
    StringBuilder s = new StringBuilder("Email");
    if (!from.isEmpty()) {
      s.append(" from ").append(list(from));
    }
    if (!to.isEmpty()) {
      s.append(" to ").append(list(to));
    }
    if (sent != null) {
      s.append(", ").append(DAY.format(sent));
    }
    if (subject != null) {
      s.append(", '").append(subject).append('\'');
    }
    return s.toString();
  }

  /** "A", "A and B", "A, B and C"; more than three are "A et al.". */
  private static String list(List<String> names) {
    return switch (names.size()) {
      case 1 -> names.get(0);
      case 2 -> names.get(0) + " and " + names.get(1);
      case 3 -> names.get(0) + ", " + names.get(1) + " and " + names.get(2);
      default -> names.get(0) + " et al.";
    };
  }

  /**
   * The people of an address header ("Elon Musk &lt;elon@example.org&gt;, …") as a cite names them:
   * "E. Musk". A mailbox without a display name is named by its address.
   */
  static List<String> people(String header) {
    List<String> names = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return names;
    }
    for (String mailbox : splitMailboxes(header)) {
      String m = mailbox.strip();
      if (m.isEmpty()) {
        continue;
      }
      int lt = m.indexOf('<');
      String display = (lt >= 0 ? m.substring(0, lt) : "").strip();
      String address =
          lt >= 0
              ? m.substring(lt + 1, m.indexOf('>', lt) < 0 ? m.length() : m.indexOf('>', lt))
                  .strip()
              : m;
      if (display.length() >= 2 && display.startsWith("\"") && display.endsWith("\"")) {
        display = display.substring(1, display.length() - 1).strip();
      }
      names.add(display.isEmpty() || display.contains("@") ? address : shortName(display));
    }
    return names;
  }

  /** Commas inside quotes or angle brackets do not separate mailboxes ("Musk, Elon" &lt;…&gt;). */
  private static List<String> splitMailboxes(String header) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean angle = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '<' && !quoted) {
        angle = true;
      } else if (c == '>' && !quoted) {
        angle = false;
      } else if (c == ',' && !quoted && !angle) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  /**
   * "Elon Musk" → "E. Musk"; "Musk, Elon" → "E. Musk". Names not written in Latin letters (일론 머스크)
   * and single names stay as they are: initials would make them unrecognisable.
   */
  static String shortName(String display) {
    String name = display.strip().replaceAll("\\s+", " ");
    int comma = name.indexOf(',');
    if (comma > 0 && comma < name.length() - 1) {
      name = name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
    }
    String[] words = name.split(" ");
    if (words.length < 2
        || !Character.isLetter(words[0].charAt(0))
        || Character.UnicodeScript.of(words[0].codePointAt(0)) != Character.UnicodeScript.LATIN) {
      return name;
    }
    return words[0].substring(0, words[0].offsetByCodePoints(0, 1))
        + ". "
        + words[words.length - 1];
  }

  /**
   * The number of the numbered paragraph that the text at {@code offset} of page {@code page} lies
   * in: the nearest line at or above it that starts "N. ", followed back over page breaks (running
   * headers and footers skipped), unless a heading comes first.
   */
  static OptionalInt paragraphAt(IntFunction<String> pageText, int page, int offset) {
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
