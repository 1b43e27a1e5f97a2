package org.pincite.service.transcript;

import java.util.List;
import org.pincite.domain.document.NumberedLine;

/**
 * A document read as transcript or pleading paper: its pages' text (the stored text; for a text
 * file, the file cut at its page breaks, nothing dropped), each page's numbered lines into that
 * text, and what its caption says ({@code caption} null for pleading paper, which is no
 * transcript).
 */
public record LineNumberedText(
    List<String> pages, List<List<NumberedLine>> lines, TranscriptCaption caption) {
  public LineNumberedText {
    pages = List.copyOf(pages);
    lines = lines.stream().map(List::copyOf).toList();
    if (pages.size() != lines.size()) {
      throw new IllegalArgumentException(pages.size() + " pages but " + lines.size() + " of lines");
    }
  }

  public int lineCount() {
    return lines.stream().mapToInt(List::size).sum();
  }
}
