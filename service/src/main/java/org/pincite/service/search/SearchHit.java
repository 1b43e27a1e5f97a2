package org.pincite.service.search;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One hit: a page of a document, or a passage's note ({@code annotationId} set). {@code snippet} is
 * safe HTML: the document's words escaped, the matches inside {@code <mark>} tags.
 */
public record SearchHit(
    long documentId,
    String documentTitle,
    int page,
    String snippet,
    float score,
    String source,
    Long annotationId,
    LocalDate date)
    implements Serializable {}
