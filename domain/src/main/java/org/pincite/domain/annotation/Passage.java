package org.pincite.domain.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.Page;

/**
 * The exact words a reviewer selected: from an offset on a start page to an offset on an end page
 * (offsets count UTF-16 code units of the page text, end exclusive), the quote itself and about
 * {@value #CONTEXT_LENGTH} characters before and after it, which let the passage be found again if
 * the text is ever extracted anew.
 *
 * <p>A passage that crosses a page break quotes the pages' texts joined by one line break, unless
 * the earlier page already ends with one.
 */
@Embeddable
public class Passage {
  public static final int CONTEXT_LENGTH = 32;
  public static final int MAX_QUOTE = 20_000;

  @Column(name = "start_page", nullable = false)
  private int startPage;

  @Column(name = "start_offset", nullable = false)
  private int startOffset;

  @Column(name = "end_page", nullable = false)
  private int endPage;

  @Column(name = "end_offset", nullable = false)
  private int endOffset;

  @Column(name = "quote", nullable = false, length = MAX_QUOTE)
  private String quote;

  @Column(name = "prefix", nullable = false, length = 200)
  private String prefix;

  @Column(name = "suffix", nullable = false, length = 200)
  private String suffix;

  protected Passage() {}

  private Passage(
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String quote,
      String prefix,
      String suffix) {
    this.startPage = startPage;
    this.startOffset = startOffset;
    this.endPage = endPage;
    this.endOffset = endOffset;
    this.quote = quote;
    this.prefix = prefix;
    this.suffix = suffix;
  }

  /**
   * A passage as it was recorded, not checked against any text: only for an orphaned passage
   * restored from a matter archive, whose words are no longer in its document's text.
   */
  public static Passage asRecorded(
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String quote,
      String prefix,
      String suffix) {
    if (startPage < 1 || endPage < startPage || startOffset < 0 || endOffset < 0) {
      throw new InvalidPassageException(
          "Pages " + startPage + " to " + endPage + " and offsets from 0 are a passage's place");
    }
    if (quote == null || quote.isBlank() || quote.length() > MAX_QUOTE) {
      throw new InvalidPassageException("A passage quotes words, at most " + MAX_QUOTE);
    }
    return new Passage(
        startPage,
        startOffset,
        endPage,
        endOffset,
        quote,
        prefix == null ? "" : prefix,
        suffix == null ? "" : suffix);
  }

  /** The passage of {@code document} between the two positions; refuses positions off its text. */
  public static Passage select(
      Document document, int startPage, int startOffset, int endPage, int endOffset) {
    return select(
        n -> document.page(n).map(Page::getText).orElse(null),
        document.getPageCount(),
        startPage,
        startOffset,
        endPage,
        endOffset);
  }

  /**
   * As {@link #select(Document, int, int, int, int)}, and also refuses the passage when the words
   * there are not {@code expectedQuote} (white space may differ, words may not).
   */
  public static Passage select(
      Document document,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String expectedQuote) {
    return select(
        n -> document.page(n).map(Page::getText).orElse(null),
        document.getPageCount(),
        startPage,
        startOffset,
        endPage,
        endOffset,
        expectedQuote);
  }

  /**
   * As above, reading only the pages the passage spans through {@code pageText} (page number to
   * text, null when absent): a passage in a document of thousands of pages loads one or two.
   */
  public static Passage select(
      IntFunction<String> pageText,
      int pageCount,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String expectedQuote) {
    Passage passage = select(pageText, pageCount, startPage, startOffset, endPage, endOffset);
    if (expectedQuote != null && !sameWords(expectedQuote, passage.quote)) {
      throw new InvalidPassageException(
          "The selected words do not match the document's text at page "
              + startPage
              + ", offset "
              + startOffset
              + ": expected \""
              + abbreviate(expectedQuote)
              + "\" but the text there reads \""
              + abbreviate(passage.quote)
              + "\"");
    }
    return passage;
  }

  static Passage select(
      IntFunction<String> pageText,
      int pageCount,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset) {
    if (startPage < 1 || endPage > pageCount || startPage > endPage) {
      throw new InvalidPassageException(
          "Pages "
              + startPage
              + " to "
              + endPage
              + " are not within the document's "
              + pageCount
              + " pages");
    }
    String first = pageText.apply(startPage);
    String last = startPage == endPage ? first : pageText.apply(endPage);
    if (first == null || last == null) {
      throw new InvalidPassageException(
          "The document has no text on page " + (first == null ? startPage : endPage));
    }
    checkOffset(startOffset, first, startPage, "start");
    checkOffset(endOffset, last, endPage, "end");
    if (startPage == endPage && startOffset >= endOffset) {
      throw new InvalidPassageException("A passage must contain at least one character");
    }
    StringBuilder quote = new StringBuilder();
    for (int n = startPage; n <= endPage; n++) {
      String text = n == startPage ? first : n == endPage ? last : pageText.apply(n);
      if (text == null) {
        throw new InvalidPassageException("The document has no text on page " + n);
      }
      int from = n == startPage ? startOffset : 0;
      int to = n == endPage ? endOffset : text.length();
      if (n > startPage && quote.length() > 0 && quote.charAt(quote.length() - 1) != '\n') {
        quote.append('\n');
      }
      quote.append(text, from, to);
    }
    if (quote.toString().isBlank()) {
      throw new InvalidPassageException("A passage must contain words, not only white space");
    }
    if (quote.length() > MAX_QUOTE) {
      throw new InvalidPassageException(
          "A passage may quote at most "
              + MAX_QUOTE
              + " characters; this one has "
              + quote.length());
    }
    String prefix = first.substring(Math.max(0, startOffset - CONTEXT_LENGTH), startOffset);
    String suffix = last.substring(endOffset, Math.min(last.length(), endOffset + CONTEXT_LENGTH));
    return new Passage(
        startPage, startOffset, endPage, endOffset, quote.toString(), prefix, suffix);
  }

  /**
   * This passage found again in a document's new page texts (after a new OCR or extractor): where
   * its quote occurs, the occurrence whose surrounding text best matches the words around the
   * passage when it was marked, nearest its old place on a tie. White space may differ; words may
   * not. Empty when the quote no longer occurs: the passage is then orphaned, never moved to a
   * guess.
   */
  public Optional<Passage> findIn(List<String> pageTexts) {
    if (pageTexts.isEmpty()) {
      return Optional.empty();
    }
    // The pages joined as a cross-page quote joins them, with where each page starts.
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[pageTexts.size() + 1];
    for (int i = 0; i < pageTexts.size(); i++) {
      if (i > 0 && joined.length() > 0 && joined.charAt(joined.length() - 1) != '\n') {
        joined.append('\n');
      }
      starts[i] = joined.length();
      joined.append(pageTexts.get(i));
    }
    starts[pageTexts.size()] = joined.length();
    String text = joined.toString();
    int oldStart =
        startPage <= pageTexts.size() ? starts[startPage - 1] + startOffset : text.length();

    List<int[]> candidates = new ArrayList<>();
    for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      candidates.add(new int[] {at, at + quote.length()});
    }
    if (candidates.isEmpty()) {
      Matcher m = loosely(quote).matcher(text);
      while (m.find()) {
        candidates.add(new int[] {m.start(), m.end()});
      }
    }
    int[] best = null;
    long bestScore = Long.MIN_VALUE;
    for (int[] c : candidates) {
      int context =
          commonSuffix(prefix, text.substring(Math.max(0, c[0] - prefix.length()), c[0]))
              + commonPrefix(
                  suffix, text.substring(c[1], Math.min(text.length(), c[1] + suffix.length())));
      long score = (long) context * Integer.MAX_VALUE - Math.abs(c[0] - oldStart);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int first = startPageOf(starts, pageTexts.size(), best[0]);
    int last = Math.max(first, endPageOf(starts, pageTexts, best[1]));
    return Optional.of(
        select(
            n -> pageTexts.get(n - 1),
            pageTexts.size(),
            first + 1,
            best[0] - starts[first],
            last + 1,
            best[1] - starts[last]));
  }

  /**
   * The page (0-based) on which a passage starting at {@code position} of the joined text starts.
   */
  private static int startPageOf(int[] starts, int pageCount, int position) {
    int page = 0;
    for (int i = 0; i < pageCount; i++) {
      if (starts[i] <= position) {
        page = i;
      }
    }
    return page;
  }

  /** The first page (0-based) whose text reaches an end position (exclusive) of the joined text. */
  private static int endPageOf(int[] starts, List<String> pageTexts, int position) {
    for (int i = 0; i < pageTexts.size(); i++) {
      if (position <= starts[i] + pageTexts.get(i).length()) {
        return i;
      }
    }
    return pageTexts.size() - 1;
  }

  private static Pattern loosely(String quote) {
    String[] words = quote.strip().split("\\s+");
    StringBuilder regex = new StringBuilder();
    for (String w : words) {
      if (regex.length() > 0) {
        regex.append("\\s+");
      }
      regex.append(Pattern.quote(w));
    }
    return Pattern.compile(regex.toString());
  }

  private static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length()
        && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static void checkOffset(int offset, String text, int page, String which) {
    if (offset < 0 || offset > text.length()) {
      throw new InvalidPassageException(
          "The "
              + which
              + " offset "
              + offset
              + " falls outside page "
              + page
              + ", which has "
              + text.length()
              + " characters");
    }
  }

  static boolean sameWords(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String abbreviate(String s) {
    String n = normalise(s);
    return n.length() <= 80 ? n : n.substring(0, 79) + "…";
  }

  /** True when both passages lie between the same positions. */
  public boolean samePlaceAs(Passage other) {
    return startPage == other.startPage
        && startOffset == other.startOffset
        && endPage == other.endPage
        && endOffset == other.endOffset;
  }

  public boolean crossesPageBreak() {
    return endPage > startPage;
  }

  public int getStartPage() {
    return startPage;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public int getEndPage() {
    return endPage;
  }

  public int getEndOffset() {
    return endOffset;
  }

  public String getQuote() {
    return quote;
  }

  public String getPrefix() {
    return prefix;
  }

  public String getSuffix() {
    return suffix;
  }
}
