package org.pincite.service.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;

/**
 * The pin cites and cited quotes of the passages of one document, reading its pages' text at most
 * once (its {@link PageLayout} needs them all). A passage on numbered lines (a transcript, pleading
 * paper) is cited by page and line ({@link Lines}: "Roe Dep. 3:25–4:2", "Compl. ¶ 7, 2:3–9"), one
 * on Bates-numbered pages by their numbers ({@link BatesPages}: "ROE0000005–06"), any other by its
 * {@link Pages}.
 */
public final class DocumentCites {
  /** Said after the cite of a passage whose offsets no longer point into the document's text. */
  public static final String ORPHANED =
      " [not found in the document's current text: verify before citing]";

  private final Source source;
  private final IntFunction<String> pageText;
  private final IntFunction<List<NumberedLine>> pageLines;
  private final String linesName;
  private final int pageCount;
  private PageLayout layout;
  private List<String> pages;

  /** The cites of {@code document}, whose page {@code n} (from 1) has {@code pageText(n)}. */
  public DocumentCites(Document document, IntFunction<String> pageText) {
    this(document, pageText, n -> List.of(), null);
  }

  /**
   * The cites of {@code document}, whose page {@code n} has {@code pageText(n)} and the numbered
   * lines {@code pageLines(n)} (empty on a page without them). {@code linesName} names the document
   * in a page:line cite when it has no short cite name of its own ("Roe Dep.", "Jackson Decl.");
   * null for its usual name.
   */
  public DocumentCites(
      Document document,
      IntFunction<String> pageText,
      IntFunction<List<NumberedLine>> pageLines,
      String linesName) {
    this.source = sourceOf(document);
    this.pageText = pageText;
    this.pageLines = pageLines;
    this.linesName = linesName;
    this.pageCount = document.getPageCount();
  }

  /** The cites of {@code document}, its pages and their lines read through the entity. */
  public static DocumentCites of(Document document) {
    return new DocumentCites(
        document,
        n -> document.page(n).map(Page::getText).orElse(null),
        n -> document.page(n).map(Page::getLines).orElse(List.of()),
        null);
  }

  /** {@code source} named {@code linesName} unless it has a short cite name of its own. */
  public static Source named(Source source, String linesName) {
    if (source.shortCite() != null || linesName == null) {
      return source;
    }
    return new Source(
        source.kind(),
        source.type(),
        source.title(),
        linesName,
        source.exhibitLabel(),
        source.reporterCite(),
        source.email(),
        source.pageLabels(),
        source.bates());
  }

  /**
   * The pin cite of the passage at {@code pages} in {@code source}: by page and line when it lies
   * on numbered lines ({@code pageLines}), the document then named {@code linesName} unless it has
   * a short cite name; else by page or paragraph. {@code pageText} is read for paragraphs, with the
   * margins of a line-numbered page blanked.
   */
  public static String cite(
      Source source,
      String linesName,
      Pages pages,
      IntFunction<List<NumberedLine>> pageLines,
      IntFunction<String> pageText) {
    IntFunction<String> text = n -> Lines.withoutMargins(pageText.apply(n), pageLines.apply(n));
    Optional<Lines> lines = linesOf(pages, pageLines);
    return lines.isPresent()
        ? PinCite.of(named(source, linesName), lines.get(), text)
        : PinCite.of(source, locate(source, pages), text);
  }

  /** By its Bates numbers when the document has them for the passage's pages, else by page. */
  private static Locator locate(Source source, Pages pages) {
    return BatesPages.covering(source, pages).<Locator>map(b -> b).orElse(pages);
  }

  private static Optional<Lines> linesOf(Pages pages, IntFunction<List<NumberedLine>> pageLines) {
    List<NumberedLine> first = pageLines.apply(pages.startPage());
    List<NumberedLine> last =
        pages.endPage() == pages.startPage() ? first : pageLines.apply(pages.endPage());
    if (first == null || last == null || first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    return Lines.touched(pages, first, last);
  }

  /**
   * The numbered lines {@code a}'s passage touches; empty off numbered lines, and for an orphaned
   * passage (its offsets point into text that was read again).
   */
  public Optional<Lines> lines(Annotation a) {
    return a.isOrphaned() ? Optional.empty() : linesOf(pages(a.getPassage()), this::linesAt);
  }

  private List<NumberedLine> linesAt(int n) {
    List<NumberedLine> l = n >= 1 && n <= pageCount ? pageLines.apply(n) : null;
    return l == null ? List.of() : l;
  }

  /** What a cite needs to know of {@code d}. */
  public static Source sourceOf(Document d) {
    return new Source(
        d.getKind(),
        d.getType(),
        d.getTitle(),
        d.getShortCite(),
        d.getExhibitLabel(),
        d.getReporterCite(),
        d.getEmail().orElse(null),
        PageLabels.of(d.getPageLabels()),
        d.getBates().orElse(null));
  }

  public Source source() {
    return source;
  }

  /** The pin cite of {@code a}'s passage; an orphaned one is flagged to be checked. */
  public String cite(Annotation a) {
    Passage p = a.getPassage();
    // An orphaned passage's offsets point into text that was read again: no paragraph from them.
    if (a.isOrphaned()) {
      return PinCite.of(source, locate(source, pages(p)), n -> null) + ORPHANED;
    }
    return cite(source, linesName, pages(p), this::linesAt, this::text);
  }

  /** {@code a}'s quote as a brief cites it ({@link CitedQuote}). */
  public String citedQuote(Annotation a) {
    Passage p = a.getPassage();
    if (a.isOrphaned()) {
      return CitedQuote.of(p.getQuote());
    }
    return CitedQuote.of(pages(p), this::text, layout());
  }

  /** The furniture of the document's pages, found on first use. */
  public PageLayout layout() {
    if (layout == null) {
      layout = PageLayout.of(allPages());
    }
    return layout;
  }

  private String text(int n) {
    List<String> all = allPages();
    return n >= 1 && n <= all.size() ? all.get(n - 1) : null;
  }

  private List<String> allPages() {
    if (pages == null) {
      pages = new ArrayList<>(pageCount);
      for (int n = 1; n <= pageCount; n++) {
        String t = pageText.apply(n);
        pages.add(t == null ? "" : t);
      }
    }
    return pages;
  }

  private static Pages pages(Passage p) {
    return new Pages(p.getStartPage(), p.getStartOffset(), p.getEndPage(), p.getEndOffset());
  }
}
