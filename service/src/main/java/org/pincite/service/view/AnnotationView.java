package org.pincite.service.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Lines;

/**
 * A marked passage as pages and the API show it; {@code version} goes back with an edit. An
 * orphaned passage was not found again in its document's new text and waits for review. {@code
 * quote} is the text as stored; {@code citedQuote} the words as a brief quotes them, {@code cite}
 * their pin cite as reports print it; on a transcript or pleading paper {@code startLine} and
 * {@code endLine} are the first and last lines it touches, as page:line ("3:25", "4:2"), else null.
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
    String citedQuote,
    String cite,
    String startLine,
    String endLine)
    implements java.io.Serializable {
  // Cites come only from the service's PassageCites (transcripts named as testimony is cited):
  // there is no way to a view without them.

  /** The passages, each with its cite from {@code cites} (of its document). */
  public static List<AnnotationView> all(
      List<Annotation> annotations, Function<Document, DocumentCites> cites) {
    return annotations.stream().map(a -> of(a, cites.apply(a.getDocument()))).toList();
  }

  /** {@code a} with its cite and cited quote from {@code cites}, its document's. */
  public static AnnotationView of(Annotation a, DocumentCites cites) {
    Passage p = a.getPassage();
    Optional<Lines> lines = cites.lines(a);
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
        cites.citedQuote(a),
        cites.cite(a),
        lines.map(Lines::first).orElse(null),
        lines.map(Lines::last).orElse(null));
  }
}
