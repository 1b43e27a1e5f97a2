package org.pincite.service.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A passage's quote as a brief cites it: the words exactly, in running text. It leaves out the page
 * furniture the stored quote carries ({@link PageLayout}: running headers and footers, page-number
 * lines, margin line numbers), joins words hyphenated at a line's end ("con-" + "scious") and hard
 * line breaks, and keeps paragraph breaks (an empty line, or a short line that ends a sentence).
 * Spaces inside a line are collapsed to one. The stored text is only read.
 *
 * <p>No ellipsis marks the furniture left out at a page break: it was never part of the quoted
 * words, and an ellipsis in a quote tells the court that words of the source were omitted.
 */
public final class CitedQuote {
  /**
   * A line shorter than this share of the page's usual line that ends a sentence ends its
   * paragraph.
   */
  private static final double SHORT_LINE = 0.7;

  private static final int MIN_LINES_FOR_SHORT = 5;

  private CitedQuote() {}

  /**
   * The clean quote of the passage at {@code pages}, read from {@code pageText} (a page's stored
   * text by number) without what {@code layout} marks as furniture.
   */
  public static String of(Pages pages, IntFunction<String> pageText, PageLayout layout) {
    List<String> pieces = new ArrayList<>();
    for (int p = pages.startPage(); p <= pages.endPage(); p++) {
      String text = pageText.apply(p);
      if (text == null) {
        continue;
      }
      int from = p == pages.startPage() ? clamp(pages.startOffset(), text) : 0;
      int to = p == pages.endPage() ? clamp(pages.endOffset(), text) : text.length();
      List<PageLayout.Range> hidden = layout.hidden(p);
      List<String> visible = new ArrayList<>();
      for (PageLayout.Line line : PageLayout.Line.split(text)) {
        if (line.end() < from
            || line.start() > to
            || (line.end() == from && line.end() > line.start())) {
          continue;
        }
        if (wholly(hidden, line)) {
          continue;
        }
        visible.add(
            visibleText(
                text, line, Math.max(from, line.start()), Math.min(to, line.end()), hidden));
      }
      pieces.addAll(withParagraphs(visible, typicalLength(text, hidden)));
    }
    return join(pieces);
  }

  /** The stored quote alone (its page layout unknown): line breaks and hyphenation joined. */
  public static String of(String quote) {
    List<String> lines = new ArrayList<>();
    for (String l : quote.split("\n", -1)) {
      lines.add(l.replace("\r", ""));
    }
    return join(withParagraphs(lines, 0));
  }

  private static int clamp(int offset, String text) {
    return Math.max(0, Math.min(offset, text.length()));
  }

  private static boolean wholly(List<PageLayout.Range> hidden, PageLayout.Line line) {
    return hidden.stream().anyMatch(r -> r.wholeLine() && r.start() == line.start());
  }

  private static String visibleText(
      String text, PageLayout.Line line, int from, int to, List<PageLayout.Range> hidden) {
    StringBuilder s = new StringBuilder();
    int at = from;
    for (PageLayout.Range r : hidden) {
      if (r.end() <= at || r.start() >= to) {
        continue;
      }
      if (r.start() > at) {
        s.append(text, at, r.start());
      }
      at = Math.max(at, r.end());
    }
    if (at < to) {
      s.append(text, at, to);
    }
    return s.toString();
  }

  /** The usual length of a line of words on the page (0 when it has too few lines to say). */
  private static int typicalLength(String text, List<PageLayout.Range> hidden) {
    List<Integer> lengths = new ArrayList<>();
    for (PageLayout.Line line : PageLayout.Line.split(text)) {
      if (!line.text().isBlank() && !wholly(hidden, line)) {
        lengths.add(line.text().strip().length());
      }
    }
    if (lengths.size() < MIN_LINES_FOR_SHORT) {
      return 0;
    }
    lengths.sort(null);
    return lengths.get(lengths.size() * 3 / 4);
  }

  /** The lines, with an empty entry where a paragraph ends. */
  private static List<String> withParagraphs(List<String> lines, int typical) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip().replaceAll("\\s+", " ");
      out.add(line);
      if (typical > 0
          && !line.isEmpty()
          && i < lines.size() - 1
          && line.length() < typical * SHORT_LINE
          && endsSentence(line)) {
        out.add("");
      }
    }
    return out;
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".:?!\u201d\"".indexOf(last) >= 0;
  }

  private static String join(List<String> pieces) {
    StringBuilder s = new StringBuilder();
    boolean paragraph = false;
    for (String piece : pieces) {
      if (piece.isEmpty()) {
        paragraph = s.length() > 0;
        continue;
      }
      if (s.length() == 0) {
        s.append(piece);
      } else if (paragraph) {
        s.append('\n').append(piece);
      } else if (hyphenated(s) && Character.isLowerCase(piece.codePointAt(0))) {
        s.setLength(s.length() - 1);
        s.append(piece);
      } else {
        s.append(' ').append(piece);
      }
      paragraph = false;
    }
    return s.toString();
  }

  /** A word broken at the line's end: a letter, then a hyphen. */
  private static boolean hyphenated(StringBuilder s) {
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
  }
}
