package org.pincite.service.view;

import java.util.List;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;

/**
 * One page's text, exactly as passages address it; on a transcript or pleading paper its numbered
 * lines as printed ({@code lines} is null on any other page).
 */
public record PageView(long documentId, int number, String text, List<LineView> lines) {
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

  public static PageView of(long documentId, Page page) {
    List<NumberedLine> numbered = page.getLines();
    return new PageView(
        documentId,
        page.getNumber(),
        page.getText(),
        numbered.isEmpty()
            ? null
            : numbered.stream().map(l -> LineView.of(l, page.getText())).toList());
  }
}
