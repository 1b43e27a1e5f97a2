package org.pincite.service.search;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One hit: a page of a document, or a passage's note ({@code annotationId} set). {@code snippet} is
 * safe HTML: the document's words escaped, the matches inside {@code <mark>} tags. {@code cite} is
 * the pin cite of where the first match lies (of the passage, for a note), as reports print it;
 * {@code line} its printed page:line ("3:25") on a transcript or pleading paper; both null until
 * {@link HitCites} placed the hit.
 */
public record SearchHit(
    long documentId,
    String documentTitle,
    int page,
    String snippet,
    float score,
    String source,
    Long annotationId,
    LocalDate date,
    String cite,
    String line)
    implements Serializable {

  /** This hit with its pin cite and page:line (null off numbered lines). */
  public SearchHit cited(String cite, String line) {
    return new SearchHit(
        documentId, documentTitle, page, snippet, score, source, annotationId, date, cite, line);
  }
}
