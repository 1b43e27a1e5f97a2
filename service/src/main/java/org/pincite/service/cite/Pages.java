package org.pincite.service.cite;

import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.pincite.domain.document.DocumentKind;

/**
 * A passage by its pages (the PDF's page indices, from 1) and the offsets in their text (end
 * exclusive). Cited by the pages' printed labels ("at 2087–88"); in a filing's numbered paragraphs
 * by the paragraph ("¶ 23", "¶¶ 23–24").
 */
public record Pages(int startPage, int startOffset, int endPage, int endOffset) implements Locator {
  public Pages {
    if (startPage < 1 || endPage < startPage) {
      throw new IllegalArgumentException(
          "Pages " + startPage + " to " + endPage + " are no passage's pages");
    }
  }

  @Override
  public Pinpoint pinpoint(Source source, IntFunction<String> pageText) {
    if (source.kind() == DocumentKind.FILING && !source.isEmail()) {
      OptionalInt first = Paragraphs.at(pageText, startPage, startOffset);
      if (first.isPresent()) {
        OptionalInt last = Paragraphs.at(pageText, endPage, Math.max(0, endOffset - 1));
        if (last.isPresent() && last.getAsInt() > first.getAsInt()) {
          return Pinpoint.place(
              "\u00b6\u00b6 " + first.getAsInt() + PageLabels.EN_DASH + last.getAsInt());
        }
        return Pinpoint.place("\u00b6 " + first.getAsInt());
      }
    }
    return Pinpoint.pages(source.pageLabels().range(startPage, endPage));
  }
}
