package org.pincite.service.view;

import java.util.List;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;

/**
 * One page's text, exactly as passages address it; {@code printedLabel} is the number printed on
 * the page when it has one other than its index (else null), and {@code furniture} the runs of the
 * text that are its running header or footer, page number or margin line numbers: what a quote as
 * cited leaves out (offsets into {@code text}, end exclusive). On a transcript or pleading paper
 * {@code lines} are its numbered lines as printed (null on any other page).
 */
public record PageView(
    long documentId,
    int number,
    String text,
    String printedLabel,
    List<Furniture> furniture,
    List<LineView> lines) {
  /** Offsets [from, to) of the page's text that are furniture. */
  public record Furniture(int from, int to) {}

  /**
   * A numbered line: the page number printed on it ({@code page}: a condensed sheet holds four),
   * its number, its words and where they lie in the page text (UTF-16 offsets, end exclusive).
   */
  public record LineView(int page, int number, String text, int start, int end) {
    static LineView of(NumberedLine line, String pageText) {
      return new LineView(
          line.getPrintedPage(),
          line.getNumber(),
          pageText.substring(line.getStart(), line.getEnd()),
          line.getStart(),
          line.getEnd());
    }
  }

  /** The numbered lines of {@code page} as a page view shows them, null when it has none. */
  public static List<LineView> linesOf(Page page) {
    List<NumberedLine> numbered = page.getLines();
    return numbered.isEmpty()
        ? null
        : numbered.stream().map(l -> LineView.of(l, page.getText())).toList();
  }
}
