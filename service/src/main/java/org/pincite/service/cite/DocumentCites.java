package org.pincite.service.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;

/**
 * The pin cites and cited quotes of the passages of one document, reading its pages' text at most
 * once (its {@link PageLayout} needs them all).
 */
public final class DocumentCites {
  /** Said after the cite of a passage whose offsets no longer point into the document's text. */
  public static final String ORPHANED =
      " [not found in the document's current text: verify before citing]";

  private final Source source;
  private final IntFunction<String> pageText;
  private final int pageCount;
  private PageLayout layout;
  private List<String> pages;

  /** The cites of {@code document}, whose page {@code n} (from 1) has {@code pageText(n)}. */
  public DocumentCites(Document document, IntFunction<String> pageText) {
    this.source = sourceOf(document);
    this.pageText = pageText;
    this.pageCount = document.getPageCount();
  }

  /** The cites of {@code document}, its pages read through the entity. */
  public static DocumentCites of(Document document) {
    return new DocumentCites(document, n -> document.page(n).map(p -> p.getText()).orElse(null));
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
        PageLabels.of(d.getPageLabels()));
  }

  public Source source() {
    return source;
  }

  /** The pin cite of {@code a}'s passage; an orphaned one is flagged to be checked. */
  public String cite(Annotation a) {
    Passage p = a.getPassage();
    // An orphaned passage's offsets point into text that was read again: no paragraph from them.
    IntFunction<String> text = a.isOrphaned() ? n -> null : this::text;
    String cite = PinCite.of(source, pages(p), text);
    return a.isOrphaned() ? cite + ORPHANED : cite;
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
