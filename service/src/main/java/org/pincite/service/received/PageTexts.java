package org.pincite.service.received;

import java.util.ArrayList;
import java.util.List;

/**
 * A received document's TEXT file as page texts, one per Bates number of its range. The rule: a
 * form feed (U+000C) ends a page, as productions (and Pincite's own) write them; a text with form
 * feeds gives its pieces to the pages in order (a last empty piece after a final form feed is
 * dropped; fewer pieces than pages leave the last pages empty; more are joined onto the last page
 * with a line break, so that no word is lost). A text without any form feed is all on page 1 and
 * the other pages are empty: page breaks cannot be guessed from plain text. Line ends are kept as
 * LF (CRLF and CR become LF).
 */
public final class PageTexts {
  private PageTexts() {}

  public static List<String> split(String text, int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("A document has at least one page");
    }
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
      t = t.substring(1);
    }
    List<String> pieces = new ArrayList<>(List.of(t.split("\f", -1)));
    if (pieces.size() > 1 && pieces.get(pieces.size() - 1).isEmpty() && pieces.size() > pages) {
      pieces.remove(pieces.size() - 1);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      if (i < pieces.size()) {
        out.add(
            i == pages - 1 && pieces.size() > pages
                ? String.join("\n", pieces.subList(i, pieces.size()))
                : pieces.get(i));
      } else {
        out.add("");
      }
    }
    return out;
  }
}
