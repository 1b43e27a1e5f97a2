package org.pincite.service.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.PinCite;
import org.pincite.service.transcript.LineCites;

/**
 * The pin cite and the cited quote of a marked passage as every report, statement and page prints
 * them: the one place that turns passages and their documents into {@link PinCite}'s cites (through
 * one {@link DocumentCites} per document), so what the cite learns (printed page labels, short
 * names, page and line) reaches them all. One per report or statement: it reads each document's
 * pages at most once and makes each passage's cite once. A passage on a transcript or on pleading
 * paper is cited by page and line, the transcript named as testimony is cited ({@link LineCites}).
 */
public final class PassageCites {
  /** What an orphaned passage's cite says, so nobody files it unchecked. */
  public static final String ORPHANED = DocumentCites.ORPHANED;

  private final DocumentRepository documents;
  private final LineCites lineCites;
  private final Map<Long, DocumentCites> byDocument = new HashMap<>();
  private final Map<Long, String> cites = new HashMap<>();

  public PassageCites(DocumentRepository documents) {
    this(documents, null);
  }

  /** {@code lineCites} names transcripts in page:line cites; null names them by their document. */
  public PassageCites(DocumentRepository documents, LineCites lineCites) {
    this.documents = documents;
    this.lineCites = lineCites == null ? new LineCites(documents, null) : lineCites;
  }

  /** The pin cite of {@code a}, flagged when the passage was not found in its document again. */
  public String of(Annotation a) {
    return cites.computeIfAbsent(a.getId(), id -> of(a.getDocument()).cite(a));
  }

  /** {@code a}'s quote as a brief cites it (running headers and footers out, lines joined). */
  public String citedQuote(Annotation a) {
    return of(a.getDocument()).citedQuote(a);
  }

  /** The numbered lines {@code a} touches on a transcript or pleading paper, else empty. */
  public Optional<Lines> lines(Annotation a) {
    return of(a.getDocument()).lines(a);
  }

  /** The cites of {@code d}'s passages. */
  public DocumentCites of(Document d) {
    return byDocument.computeIfAbsent(
        d.getId(),
        k -> {
          Map<Integer, Optional<Page>> pages = new HashMap<>();
          java.util.function.IntFunction<Optional<Page>> page =
              n -> pages.computeIfAbsent(n, m -> documents.findPage(d.getId(), m));
          return new DocumentCites(
              d,
              n -> page.apply(n).map(Page::getText).orElse(null),
              n -> page.apply(n).map(Page::getLines).orElse(List.of()),
              lineCites.linesName(d));
        });
  }
}
