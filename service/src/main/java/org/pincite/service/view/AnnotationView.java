package org.pincite.service.view;

import java.time.Instant;
import java.util.List;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;

/**
 * A marked passage as pages and the API show it; {@code version} goes back with an edit. An
 * orphaned passage was not found again in its document's new text and waits for review. {@code
 * cite} is the pin cite as reports print it; on a transcript or pleading paper {@code startLine}
 * and {@code endLine} are the first and last lines it touches, as page:line ("3:25", "4:2"), else
 * null.
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
    String orphanReason,
    String cite,
    String startLine,
    String endLine)
    implements java.io.Serializable {
  /** As {@code this}, with its pin cite and the lines it touches (null on unnumbered pages). */
  public AnnotationView withCite(String pinCite, String firstLine, String lastLine) {
    return new AnnotationView(
        id,
        documentId,
        startPage,
        startOffset,
        endPage,
        endOffset,
        quote,
        prefix,
        suffix,
        stance,
        claimIds,
        note,
        author,
        createdAt,
        updatedBy,
        updatedAt,
        version,
        orphaned,
        orphanReason,
        pinCite,
        firstLine,
        lastLine);
  }

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
        a.getOrphanReason(),
        null,
        null,
        null);
  }
}
