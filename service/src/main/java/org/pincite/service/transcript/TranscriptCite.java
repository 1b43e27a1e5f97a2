package org.pincite.service.transcript;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;

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
      String from = fromPage + ":" + fromLine;
      if (toPage != fromPage) {
        return from + EN_DASH + toPage + ":" + toLine;
      }
      return toLine == fromLine ? from : from + EN_DASH + toLine;
    }
  }

  /**
   * The lines touched by a passage from {@code startOffset} of a page with {@code startLines} to
   * {@code endOffset} (exclusive) of a page with {@code endLines}; empty when either end lies
   * outside the numbered lines (on an unnumbered cover, say).
   */
  public static Optional<LineRange> lines(
      List<NumberedLine> startLines, int startOffset, List<NumberedLine> endLines, int endOffset) {
    Optional<NumberedLine> first =
        byOffset(startLines).stream()
            .filter(l -> l.getEnd() > startOffset || l.getStart() >= startOffset)
            .findFirst();
    Optional<NumberedLine> last =
        byOffset(endLines).stream()
            .filter(l -> l.getStart() < endOffset || (l.getStart() == endOffset && endOffset == 0))
            .reduce((a, b) -> b);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    NumberedLine from = first.get();
    NumberedLine to = last.get();
    if (to.getPrintedPage() < from.getPrintedPage()
        || (to.getPrintedPage() == from.getPrintedPage() && to.getNumber() < from.getNumber())) {
      to = from; // a passage in the gutter between two lines
    }
    return Optional.of(
        new LineRange(
            from.getPrintedPage(), from.getNumber(), to.getPrintedPage(), to.getNumber()));
  }

  private static List<NumberedLine> byOffset(List<NumberedLine> lines) {
    return lines.stream().sorted(Comparator.comparingInt(NumberedLine::getStart)).toList();
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

  /**
   * What a page:line cite needs to know of a document: the short form of a pleading ("Compl.", else
   * null), its title (a declaration is named from it), and its transcript particulars (null unless
   * it is a transcript).
   */
  public record LineSource(String pleadingShortForm, String title, Particulars transcript) {}

  /** A passage's cite by page and line, with the lines it touches. */
  public record LineCite(String cite, LineRange range) {}

  /**
   * The cite of a passage on a line-numbered document: "Roe Dep. 3:25–4:2" for a transcript;
   * "Jackson Decl. 2:17–21" for a declaration on pleading paper; {@code pageCite} followed by the
   * lines where it names a numbered paragraph ("Compl. ¶ 7, 2:3–9"). Empty when the passage's pages
   * have no numbered lines or it lies outside them: the page cite then stands.
   *
   * @param pageLines a page's numbered lines by page number (from 1), empty when it has none
   * @param pageCite the cite by page and paragraph the document would have without its lines
   */
  public static Optional<LineCite> forPassage(
      LineSource source,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      IntFunction<List<NumberedLine>> pageLines,
      String pageCite) {
    List<NumberedLine> first = pageLines.apply(startPage);
    List<NumberedLine> last = endPage == startPage ? first : pageLines.apply(endPage);
    if (first == null || last == null || first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    return lines(first, startOffset, last, endOffset)
        .map(range -> new LineCite(name(source, pageCite) + range.pageLines(), range));
  }

  /** What goes before the page:line: the transcript's or declarant's name, or the page cite. */
  private static String name(LineSource source, String pageCite) {
    if (source.transcript() != null) {
      Particulars t = source.transcript();
      return transcriptName(t.kind(), t.witness(), t.trialDay(), t.volume(), t.pagesRestart())
          + " ";
    }
    boolean paragraph = pageCite != null && pageCite.contains("\u00b6");
    Optional<String> declarant = declarationName(source.title());
    if (declarant.isPresent()) {
      // "Jackson Decl. ¶ 4, 1:17–19": the declarant's short name, not the title
      return declarant.get()
          + " "
          + (paragraph ? pageCite.substring(pageCite.indexOf('\u00b6')) + ", " : "");
    }
    if (paragraph) {
      return pageCite + ", ";
    }
    if (source.pleadingShortForm() != null) {
      return source.pleadingShortForm() + " ";
    }
    return source.title() + " at ";
  }

  /** "Roe Dep. 45:3–46:2". */
  public static String of(String name, LineRange range) {
    return name + " " + range.pageLines();
  }
}
