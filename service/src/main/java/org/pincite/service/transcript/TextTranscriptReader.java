package org.pincite.service.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.document.NumberedLine;

/**
 * Reads a text file as a transcript when it is one, whichever of the layouts court reporters and
 * review tools exchange it in: numbered lines (numbers in the first columns, 25 to a page), pages
 * broken by form feeds, by page-number lines (left-justified zero-padded {@code 0034}, {@code Page
 * 34}, right-justified {@code 34}, at the top or at the bottom of the page) or only by the line
 * numbers starting again at 1, or every line prefixed {@code 34:1}. The layout is found from the
 * file. Timestamps beside the numbers are not the line's words; a wrapped long line continues the
 * numbered line above it; a word index at the end has no lines of testimony.
 *
 * <p>The pages are the file cut at its page breaks: their texts joined are the whole file, so
 * nothing is dropped and the offsets are those of the stored text.
 */
public final class TextTranscriptReader {
  /** More than the 25 a transcript has, for the 28 of pleading paper typed out. */
  static final int MAX_LINE = 30;

  private static final String TIMESTAMP = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?";

  /** A numbered line: a timestamp may stand before the number or after it. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^[ \\t]{0,8}(?:"
              + TIMESTAMP
              + "[ \\t]+)?(\\d{1,2})(?=[ \\t]|$)[ \\t]*(?:"
              + TIMESTAMP
              + "(?=[ \\t]|$)[ \\t]*)?(.*?)[ \\t]*$");

  private static final Pattern PAGE_NUMBER_LINE =
      Pattern.compile("(?i)^([ \\t]*)(page[ \\t]+)?(\\d{1,5})(?:[ \\t]+of[ \\t]+\\d+)?[ \\t]*$");

  private static final Pattern PAGE_LINE_PREFIX =
      Pattern.compile("^[ \\t]*(\\d{1,5}):(\\d{1,2})(?![:\\d])[ \\t]?[ \\t]*(.*?)[ \\t]*$");

  /** A page:line reference, as a word index lists them (not a time of day). */
  private static final Pattern REFERENCE =
      Pattern.compile("(?<![:\\d])\\d{1,4}:\\d{1,2}(?![:\\d])");

  private TextTranscriptReader() {}

  /** The file as transcript pages and lines, or empty when it is not a line-numbered text. */
  public static Optional<LineNumberedText> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<Segment> segments = segments(text);
    long prefixed =
        segments.stream().filter(s -> PAGE_LINE_PREFIX.matcher(s.content).matches()).count();
    long numbered = segments.stream().filter(s -> NUMBERED.matcher(s.content).matches()).count();
    List<PageBuilder> pages =
        prefixed >= 10 && prefixed * 2 > numbered ? readPrefixed(segments) : readNumbered(segments);
    int lineCount = pages.stream().mapToInt(p -> p.lines.size()).sum();
    long nonBlank = segments.stream().filter(s -> !s.content.isBlank()).count();
    if (lineCount < 10 || lineCount * 2 < nonBlank) {
      return Optional.empty();
    }
    closeAt(pages, text.length());
    numberPages(pages);
    List<String> texts = new ArrayList<>();
    List<List<NumberedLine>> lines = new ArrayList<>();
    for (PageBuilder page : pages) {
      String pageText = text.substring(page.start, page.end);
      texts.add(pageText);
      lines.add(isWordIndex(pageText) ? List.of() : page.numberedLines());
    }
    String caption = String.join("\n", texts.subList(0, Math.min(3, texts.size())));
    return Optional.of(
        new LineNumberedText(texts, lines, TranscriptCaption.read(caption).orElse(null)));
  }

  /** A line of the file between line ends and form feeds, with where it lies. */
  private record Segment(int start, int end, String content, boolean afterFormFeed) {}

  private static List<Segment> segments(String text) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    boolean formFeed = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\f' || c == '\r') {
        int end = i;
        segments.add(new Segment(start, end, text.substring(start, end), formFeed));
        formFeed = c == '\f';
        start = i + 1;
      }
    }
    return segments;
  }

  private static List<PageBuilder> readNumbered(List<Segment> segments) {
    List<PageBuilder> pages = new ArrayList<>();
    PageBuilder page = new PageBuilder(0);
    pages.add(page);
    Boolean pageNumberOnTop = null;
    for (Segment s : segments) {
      if (s.afterFormFeed) {
        page = breakAt(pages, page, s.start);
      }
      if (s.content.isBlank()) {
        continue;
      }
      int expected = page.lastNumber() + 1;
      Matcher pn = PAGE_NUMBER_LINE.matcher(s.content);
      if (pn.matches() && isPageNumber(pn, expected)) {
        int printed = Integer.parseInt(pn.group(3));
        if (pageNumberOnTop == null) {
          pageNumberOnTop = page.lines.isEmpty();
        }
        if (pageNumberOnTop) {
          if (!page.lines.isEmpty()) {
            page = breakAt(pages, page, s.start);
          }
          page.printed = printed;
        } else {
          page.printed = printed;
          page = breakAt(pages, page, Math.min(s.end + 1, lastEnd(segments)));
        }
        continue;
      }
      Matcher m = NUMBERED.matcher(s.content);
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        boolean restart = n == 1 && !page.lines.isEmpty();
        boolean next = n >= expected && n <= expected + 3;
        if (n >= 1 && n <= MAX_LINE && (restart || next || (page.lines.isEmpty() && n <= 5))) {
          if (restart) {
            page = breakAt(pages, page, s.start);
          }
          page.add(n, s.start + m.start(2), s.start + m.end(2), s.start + m.end(1));
          continue;
        }
      }
      if (!page.lines.isEmpty()) {
        page.extendLast(s.start + s.content.stripTrailing().length());
      } else {
        page.hasWordsBefore = true;
      }
    }
    return pages;
  }

  private static List<PageBuilder> readPrefixed(List<Segment> segments) {
    List<PageBuilder> pages = new ArrayList<>();
    PageBuilder page = new PageBuilder(0);
    pages.add(page);
    for (Segment s : segments) {
      if (s.afterFormFeed) {
        page = breakAt(pages, page, s.start);
      }
      Matcher m = PAGE_LINE_PREFIX.matcher(s.content);
      if (m.matches()) {
        int printed = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (page.printed != null && page.printed != printed) {
          page = breakAt(pages, page, s.start);
        }
        if (n >= 1 && n <= MAX_LINE && printed >= 1) {
          page.printed = printed;
          page.add(n, s.start + m.start(3), s.start + m.end(3), s.start + m.end(2));
        }
      } else if (!s.content.isBlank() && !page.lines.isEmpty()) {
        page.extendLast(s.start + s.content.stripTrailing().length());
      } else if (!s.content.isBlank()) {
        page.hasWordsBefore = true;
      }
    }
    return pages;
  }

  /**
   * A line holding only a number is the page's number when it says "Page", is zero-padded ("0034"),
   * stands far to the right, or is not the line number that comes next.
   */
  private static boolean isPageNumber(Matcher pn, int expected) {
    String digits = pn.group(3);
    return pn.group(2) != null
        || (digits.length() >= 3 && digits.charAt(0) == '0')
        || pn.group(1).replace("\t", "        ").length() >= 12
        || Integer.parseInt(digits) != expected;
  }

  private static int lastEnd(List<Segment> segments) {
    return segments.get(segments.size() - 1).end;
  }

  /** Starts a new page at {@code offset}, unless the page so far holds nothing but blanks. */
  private static PageBuilder breakAt(List<PageBuilder> pages, PageBuilder page, int offset) {
    if (page.lines.isEmpty() && page.printed == null && !page.hasWordsBefore) {
      return page;
    }
    page.end = offset;
    PageBuilder next = new PageBuilder(offset);
    pages.add(next);
    return next;
  }

  private static void closeAt(List<PageBuilder> pages, int end) {
    pages.get(pages.size() - 1).end = end;
    // A last "page" of blanks after the final break is no page.
    if (pages.size() > 1) {
      PageBuilder last = pages.get(pages.size() - 1);
      if (last.lines.isEmpty() && last.printed == null && last.start == last.end) {
        pages.remove(pages.size() - 1);
        pages.get(pages.size() - 1).end = end;
      }
    }
  }

  /** Pages without a printed number are numbered on from the one before (or back from the next). */
  private static void numberPages(List<PageBuilder> pages) {
    int firstKnown = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).printed != null) {
        firstKnown = i;
        break;
      }
    }
    int base = firstKnown < 0 ? 1 : pages.get(firstKnown).printed - firstKnown;
    int previous = base - 1;
    for (PageBuilder page : pages) {
      if (page.printed == null) {
        page.printed = Math.max(1, previous + 1);
      }
      previous = page.printed;
    }
  }

  /** A word list or concordance: more page:line references than lines of text. */
  static boolean isWordIndex(String pageText) {
    // A "34:1" prefix at the start of a line is the line's own number, not a reference.
    String words = pageText.replaceAll("(?m)^[ \\t]*\\d{1,5}:\\d{1,2}(?![:\\d])", "");
    long references = REFERENCE.matcher(words).results().count();
    long nonBlank = pageText.lines().filter(l -> !l.isBlank()).count();
    boolean titled =
        pageText.lines().limit(4).anyMatch(l -> l.matches("(?i).*\\b(word\\s+)?index\\b.*"));
    return (references >= 10 && references >= nonBlank) || (titled && references >= 5);
  }

  /** A page being read: where it starts, its number when printed, its lines (file offsets). */
  static final class PageBuilder {
    final int start;
    int end;
    Integer printed;
    boolean hasWordsBefore;
    final List<int[]> lines = new ArrayList<>();

    PageBuilder(int start) {
      this.start = start;
    }

    int lastNumber() {
      return lines.isEmpty() ? 0 : lines.get(lines.size() - 1)[0];
    }

    void add(int number, int textStart, int textEnd, int numberEnd) {
      // A blank numbered line sits just after its number.
      boolean blank = textStart >= textEnd;
      int from = blank ? numberEnd : textStart;
      lines.add(new int[] {number, from, blank ? from : textEnd});
    }

    void extendLast(int end) {
      int[] last = lines.get(lines.size() - 1);
      if (last[1] == last[2]) {
        // a blank numbered line does not swallow the text below it
        return;
      }
      last[2] = Math.max(last[2], end);
    }

    List<NumberedLine> numberedLines() {
      return lines.stream()
          .map(l -> new NumberedLine(printed, l[0], l[1] - start, l[2] - start))
          .toList();
    }
  }
}
