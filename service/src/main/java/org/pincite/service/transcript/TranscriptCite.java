package org.pincite.service.transcript;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.Pages;

/**
 * Pin cites by page and line, as summary-judgment papers give them: "Roe Dep. 45:3–46:2", "Roe Dep.
 * 45:3–7", "Hr'g Tr. 12:4", "Trial Tr. (Day 2) 310:1–9", "Jackson Decl. 2:17–21". A passage that
 * starts or ends mid-line cites the whole lines it touches. Pure: the lines come from the pages.
 */
public final class TranscriptCite {
  static final String EN_DASH = "\u2013";

  private static final Pattern DECLARATION_OF =
      Pattern.compile(
          "(?i)\\b(?:(?:supplemental|amended|reply)\\s+)?declaration\\s+of\\s+"
              + "((?:(?:dr|mr|mrs|ms)\\.?\\s+)?[\\p{L}][\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,3}?)"
              + "(?=\\s+(?:in|re|regarding|concerning|on|for|filed|submitted|pursuant)\\b|\\s*[,;(]|\\s*$)");

  private TranscriptCite() {}

  /** The lines from the one a passage starts on to the one it ends on (printed pages). */
  public record LineRange(int fromPage, int fromLine, int toPage, int toLine) {
    public LineRange {
      if (toPage < fromPage || (toPage == fromPage && toLine < fromLine)) {
        throw new IllegalArgumentException(
            fromPage + ":" + fromLine + " to " + toPage + ":" + toLine + " runs backward");
      }
    }

    /** "45:3", "45:3–7", "45:3–46:2". */
    public String pageLines() {
      return Lines.pageLines(fromPage, fromLine, toPage, toLine);
    }
  }

  /**
   * The lines touched by a passage from {@code startOffset} of a page with {@code startLines} to
   * {@code endOffset} (exclusive) of a page with {@code endLines}; empty when either end lies
   * outside the numbered lines (on an unnumbered cover, say).
   */
  public static Optional<LineRange> lines(
      List<NumberedLine> startLines, int startOffset, List<NumberedLine> endLines, int endOffset) {
    return Lines.touched(new Pages(1, startOffset, 1, endOffset), startLines, endLines)
        .map(l -> new LineRange(l.fromPage(), l.fromLine(), l.toPage(), l.toLine()));
  }

  /**
   * How a transcript is named in a cite: "Roe Dep." (the witness's surname), "Hr'g Tr.", "Trial Tr.
   * (Day 2)". A volume is named only when its pages start again at 1 ("Roe Dep. vol. 2"): when they
   * continue the volume before, the page alone says where the testimony is.
   */
  public static String transcriptName(
      TranscriptKind kind, String witness, Integer trialDay, int volume, boolean pagesRestart) {
    String name =
        switch (kind) {
          case DEPOSITION -> {
            String surname = TranscriptCaption.surname(witness);
            yield surname == null ? "Dep. Tr." : surname + " " + kind.citeForm();
          }
          case HEARING -> kind.citeForm();
          case TRIAL ->
              trialDay == null ? kind.citeForm() : kind.citeForm() + " (Day " + trialDay + ")";
        };
    return volume > 1 && pagesRestart ? name + " vol. " + volume : name;
  }

  /**
   * "Jackson Decl." for a document titled "Declaration of Mary Jackson in Support of …"; empty when
   * the title names no declarant.
   */
  public static Optional<String> declarationName(String title) {
    if (title == null) {
      return Optional.empty();
    }
    Matcher m = DECLARATION_OF.matcher(title.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String surname = TranscriptCaption.surname(TranscriptCaption.titleCase(m.group(1)));
    return surname == null ? Optional.empty() : Optional.of(surname + " Decl.");
  }

  /** A transcript's particulars, as a cite names it. */
  public record Particulars(
      TranscriptKind kind, String witness, Integer trialDay, int volume, boolean pagesRestart) {}

  /** "Roe Dep. 45:3–46:2". */
  public static String of(String name, LineRange range) {
    return name + " " + range.pageLines();
  }
}
