package org.pincite.service.report;

import java.util.HashMap;
import java.util.Map;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.PinCite;

/**
 * The pin cite and the cited quote of a marked passage as every report, statement and page prints
 * them: the one place that turns passages and their documents into {@link PinCite}'s cites (through
 * one {@link DocumentCites} per document), so what the cite learns (printed page labels, short
 * names, page and line) reaches them all. One per report or statement: it reads each document's
 * pages at most once and makes each passage's cite once.
 */
public final class PassageCites {
  /** What an orphaned passage's cite says, so nobody files it unchecked. */
  public static final String ORPHANED = DocumentCites.ORPHANED;

  private final DocumentRepository documents;
  private final Map<Long, DocumentCites> byDocument = new HashMap<>();
  private final Map<Long, String> cites = new HashMap<>();

  public PassageCites(DocumentRepository documents) {
    this.documents = documents;
  }

  /** The pin cite of {@code a}, flagged when the passage was not found in its document again. */
  public String of(Annotation a) {
    return cites.computeIfAbsent(a.getId(), id -> of(a.getDocument()).cite(a));
  }

  /** {@code a}'s quote as a brief cites it (running headers and footers out, lines joined). */
  public String citedQuote(Annotation a) {
    return of(a.getDocument()).citedQuote(a);
  }

  private DocumentCites of(Document d) {
    return byDocument.computeIfAbsent(
        d.getId(),
        k ->
            new DocumentCites(
                d, n -> documents.findPage(d.getId(), n).map(Page::getText).orElse(null)));
  }
}
