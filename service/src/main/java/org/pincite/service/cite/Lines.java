package org.pincite.service.cite;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.NumberedLine;

/**
 * A passage by the numbered lines it touches on a transcript or on pleading paper, from {@code
 * fromPage:fromLine} to {@code toPage:toLine} (the pages printed on the lines), with the {@link
 * Pages} it lies on. Cited "45:3–46:2", "45:3–7" or "45:3"; in a filing's numbered paragraph with
 * the paragraph first ("¶ 7, 2:3–9").
 */
public record Lines(Pages pages, int fromPage, int fromLine, int toPage, int toLine)
    implements Locator {
  public Lines {
    if (pages == null) {
      throw new IllegalArgumentException("Lines need the pages they lie on");
    }
    if (fromPage < 1
        || fromLine < 1
        || toPage < fromPage
        || (toPage == fromPage && toLine < fromLine)) {
      throw new IllegalArgumentException(
          fromPage + ":" + fromLine + " to " + toPage + ":" + toLine + " are no passage's lines");
    }
  }

  @Override
  public Pinpoint pinpoint(Source source, IntFunction<String> pageText) {
    String lines = pageLines(fromPage, fromLine, toPage, toLine);
    if (source.kind() == DocumentKind.FILING && !source.isEmail()) {
      Pinpoint paragraph = pages.pinpoint(source, pageText);
      if (!paragraph.pages()) {
        return Pinpoint.place(paragraph.text() + ", " + lines);
      }
    }
    return Pinpoint.place(lines);
  }

  /** "45:3", "45:3–7", "45:3–46:2". */
  public static String pageLines(int fromPage, int fromLine, int toPage, int toLine) {
    String from = fromPage + ":" + fromLine;
    if (toPage != fromPage) {
      return from + PageLabels.EN_DASH + toPage + ":" + toLine;
    }
    return toLine == fromLine ? from : from + PageLabels.EN_DASH + toLine;
  }

  /**
   * The lines touched by the passage at {@code pages}, its first page having {@code startLines} and
   * its last {@code endLines}: a passage that starts or ends mid-line cites the whole lines it
   * touches. Empty when either end lies outside the numbered lines (on an unnumbered cover, say).
   */
  public static Optional<Lines> touched(
      Pages pages, List<NumberedLine> startLines, List<NumberedLine> endLines) {
    if (startLines == null || endLines == null) {
      return Optional.empty();
    }
    int startOffset = pages.startOffset();
    int endOffset = pages.endOffset();
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
        new Lines(
            pages, from.getPrintedPage(), from.getNumber(), to.getPrintedPage(), to.getNumber()));
  }

  private static List<NumberedLine> byOffset(List<NumberedLine> lines) {
    return lines.stream().sorted(Comparator.comparingInt(NumberedLine::getStart)).toList();
  }

  /**
   * A page's text with everything outside its numbered lines blanked (margin numbers, timestamps,
   * page numbers), offsets unchanged: a numbered paragraph on pleading paper then starts its line
   * with "7." as it does on plain paper, so the page cite still finds "Compl. ¶ 7".
   */
  public static String withoutMargins(String text, List<NumberedLine> lines) {
    if (text == null || lines == null || lines.isEmpty()) {
      return text;
    }
    char[] blanked = text.toCharArray();
    boolean[] keep = new boolean[blanked.length];
    for (NumberedLine l : lines) {
      for (int i = l.getStart(); i < Math.min(l.getEnd(), keep.length); i++) {
        keep[i] = true;
      }
    }
    for (int i = 0; i < blanked.length; i++) {
      if (!keep[i] && blanked[i] != '\n') {
        blanked[i] = ' ';
      }
    }
    return new String(blanked);
  }

  /** "3:25", the first line as page:line. */
  public String first() {
    return fromPage + ":" + fromLine;
  }

  /** "4:2", the last line as page:line. */
  public String last() {
    return toPage + ":" + toLine;
  }
}
