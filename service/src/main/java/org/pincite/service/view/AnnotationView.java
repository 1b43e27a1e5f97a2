package org.pincite.service.view;

import java.time.Instant;
import java.util.List;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;

/**
 * A marked passage as pages and the API show it; {@code version} goes back with an edit. An
 * orphaned passage was not found again in its document's new text and waits for review.
 */
public record AnnotationView(
    long id,
    long documentId,
    int startPage,
    int startOffset,
    int endPage,
    int endOffset,
    String quote,
    String prefix,
    String suffix,
    Stance stance,
    List<Long> claimIds,
    String note,
    String author,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    long version,
    boolean orphaned,
    String orphanReason)
    implements java.io.Serializable {
  public static AnnotationView of(Annotation a) {
    Passage p = a.getPassage();
    return new AnnotationView(
        a.getId(),
        a.getDocument().getId(),
        p.getStartPage(),
        p.getStartOffset(),
        p.getEndPage(),
        p.getEndOffset(),
        p.getQuote(),
        p.getPrefix(),
        p.getSuffix(),
        a.getStance(),
        a.getClaims().stream().map(Claim::getId).sorted().toList(),
        a.getNote(),
        a.getAuthor(),
        a.getCreatedAt(),
        a.getUpdatedBy(),
        a.getUpdatedAt(),
        a.getVersion(),
        a.isOrphaned(),
        a.getOrphanReason());
  }
}
