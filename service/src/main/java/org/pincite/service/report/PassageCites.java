package org.pincite.service.report;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.PinCite;
import org.pincite.service.cite.Source;

/**
 * The pin cite of a marked passage as every report, statement and page prints it: the one place
 * that turns a passage and its document into {@link PinCite}'s {@link Source} and locator, so what
 * the cite learns (printed page labels, short names, page and line) reaches them all. One per
 * report or statement: it reads each page of a filing at most once and each passage's cite once.
 */
public final class PassageCites {
  /** What an orphaned passage's cite says, so nobody files it unchecked. */
  public static final String ORPHANED =
      " [not found in the document's current text: verify before citing]";

  private final DocumentRepository documents;
  private final Map<String, String> pages = new HashMap<>();
  private final Map<Long, String> done = new HashMap<>();

  public PassageCites(DocumentRepository documents) {
    this.documents = documents;
  }

  /** The pin cite of {@code a}, flagged when the passage was not found in its document again. */
  public String of(Annotation a) {
    return done.computeIfAbsent(
        a.getId(),
        id -> {
          Document d = a.getDocument();
          Passage p = a.getPassage();
          Source source =
              new Source(
                  d.getKind(),
                  d.getType(),
                  d.getTitle(),
                  d.getExhibitLabel(),
                  d.getEmail().orElse(null));
          // An orphaned passage's offsets point into text that was read again: no paragraph from
          // them.
          IntFunction<String> text =
              d.getKind() == DocumentKind.FILING && !a.isOrphaned()
                  ? n ->
                      pages.computeIfAbsent(
                          d.getId() + ":" + n,
                          k -> documents.findPage(d.getId(), n).map(Page::getText).orElse(null))
                  : n -> null;
          String cite =
              PinCite.of(
                  source,
                  new Pages(p.getStartPage(), p.getStartOffset(), p.getEndPage(), p.getEndOffset()),
                  text);
          return a.isOrphaned() ? cite + ORPHANED : cite;
        });
  }
}
