package org.pincite.service.cite;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;

/**
 * Builds the pin cite of a passage the way a litigator writes it:
 *
 * <ul>
 *   <li>a document the team gave a short cite name is cited by it ("Roe Decl. at 2", "Mortimer,
 *       slip op. at 2087–88");
 *   <li>filings: the short form of the pleading ("Compl.", "Answer", "Mot."; else the title), the
 *       exhibit label, and the paragraph ("¶ 23", "¶¶ 23–24") when the passage lies in numbered
 *       paragraphs, else the page ("at 3");
 *   <li>legal authorities: a case "Mortimer v. Baca, slip op. at 2087–88", or by its reporter cite
 *       when it has one ("Mortimer v. Baca, 596 F.3d 1234, 1240"); statutes, rules and articles
 *       like other evidence;
 *   <li>emails: "Email from E. Musk to S. Altman, 1 Feb 2018, 'Subject', at 1";
 *   <li>other evidence: title, exhibit label, page.
 * </ul>
 *
 * A document with Bates numbers (produced, or received in a production) is cited by them:
 * "ROE0000006", "ROE0000005–06" across pages, after its exhibit label when it has one ("Ex. 7,
 * ROE0000006"); a transcript's page and line stay its cite.
 *
 * <p>Pages are the numbers printed on them where the document has them, else the PDF's page
 * indices; they run with an en dash ("at 3–4", "at 2087–88") when a passage crosses a page break.
 * Pure: the page text it needs for paragraph numbers comes through a function.
 */
public final class PinCite {
  static final String EN_DASH = PageLabels.EN_DASH;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private PinCite() {}

  /**
   * The pin cite of the passage at {@code locator} in {@code source}. {@code pageText} gives a
   * page's text by number (null when unknown); it is only read for filings.
   */
  public static String of(Source source, Locator locator, IntFunction<String> pageText) {
    Pinpoint pin = locator.pinpoint(source, pageText);
    if (pin.bates()) {
      return source.exhibitLabel() == null ? pin.text() : source.exhibitLabel() + ", " + pin.text();
    }
    String name = join(name(source), source.exhibitLabel());
    if (!pin.pages()) {
      return name + " " + pin.text();
    }
    if (source.type() == DocumentType.CASE) {
      return source.reporterCite() != null
          ? name + ", " + source.reporterCite() + ", " + pin.text()
          : name + ", slip op. at " + pin.text();
    }
    if (source.kind() == DocumentKind.FILING && !emailCited(source)) {
      return name + " at " + pin.text();
    }
    return name + ", at " + pin.text();
  }

  /**
   * The document as a cite names it, before its exhibit label: the short cite name, an email's
   * description, a pleading's short form, else the title.
   */
  public static String name(Source source) {
    if (source.shortCite() != null) {
      return source.shortCite();
    }
    if (emailCited(source)) {
      return emailDescription(source.email());
    }
    if (source.kind() == DocumentKind.FILING) {
      return filingName(source);
    }
    return source.title();
  }

  private static boolean emailCited(Source source) {
    return source.shortCite() == null
        && source.isEmail()
        && emailDescription(source.email()) != null;
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
}
