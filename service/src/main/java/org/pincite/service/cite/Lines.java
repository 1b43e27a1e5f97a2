package org.pincite.service.cite;

import java.util.function.IntFunction;
import org.pincite.domain.document.DocumentKind;

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
}
