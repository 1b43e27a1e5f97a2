package org.pincite.service.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.document.NumberedLine;

/**
 * Exhibits named in testimony: "Exhibit 14", "Ex. 14", "Exh. 14-A", "(Exhibit 14 was marked)",
 * "Plaintiff's Exhibit 3", "PX-3", found in a page's text with the line they are on.
 */
public final class ExhibitMentions {
  private static final Pattern MENTION =
      Pattern.compile(
          "(?i)\\b(?:exhibit|exh\\.|ex\\.)\\s*(?:no\\.\\s*)?([A-Z]{0,3}-?\\d{1,5}(?:-?[A-Z])?)\\b"
              + "|\\b([PD]X-?\\d{1,5})\\b");

  private ExhibitMentions() {}

  /** An exhibit named on a page: its label as written ("14", "PX-3") and where. */
  public record Mention(String label, int offset, NumberedLine line) {}

  public static List<Mention> find(String pageText, List<NumberedLine> lines) {
    List<Mention> found = new ArrayList<>();
    Matcher m = MENTION.matcher(pageText);
    while (m.find()) {
      String label = m.group(1) != null ? m.group(1) : m.group(2);
      int at = m.start();
      NumberedLine line =
          lines.stream()
              .filter(l -> l.getStart() <= at && at < Math.max(l.getEnd(), l.getStart() + 1))
              .findFirst()
              .orElse(null);
      found.add(new Mention(label.toUpperCase(Locale.ROOT), at, line));
    }
    return found;
  }

  /**
   * The key an exhibit label is matched by: "Ex. 14", "Exhibit 14", "EX-14" and "14" are one
   * exhibit; "PX-3" and "PX 3" another.
   */
  public static Optional<String> key(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String s =
        label.strip().toUpperCase(Locale.ROOT).replaceFirst("^(EXHIBIT|EXH\\.?|EX\\.?)\\s*", "");
    s = s.replaceFirst("^NO\\.\\s*", "").replaceAll("[\\s.-]+", "");
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
