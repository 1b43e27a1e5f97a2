package org.pincite.service.view;

import java.time.Instant;
import java.util.List;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionReason;

/**
 * A redaction as the API and the viewer show it: a box ({@code page} and {@code box}) or a range of
 * words ({@code startPage} … {@code endOffset} and the {@code quote}), its reason, who made it
 * when, and {@code marks}: where it lies on the page images (the box itself, or the boxes around
 * the range's words, one per line; none where the words' places are not known), to outline it
 * there.
 */
public record RedactionView(
    long id,
    long documentId,
    Redaction.Shape shape,
    RedactionReason reason,
    String reasonLabel,
    Integer page,
    Box box,
    Integer startPage,
    Integer startOffset,
    Integer endPage,
    Integer endOffset,
    String quote,
    String createdBy,
    Instant createdAt,
    List<Mark> marks) {

  /** A rectangle as fractions of the page from its top left. */
  public record Box(double x, double y, double w, double h) {}

  /** A rectangle on page {@code page}'s image, as fractions of the page from its top left. */
  public record Mark(int page, double x, double y, double w, double h) {}

  public static RedactionView of(Redaction r, List<Mark> marks) {
    Box box = r.getBox().map(b -> new Box(b.x(), b.y(), b.width(), b.height())).orElse(null);
    return new RedactionView(
        r.getId(),
        r.getDocument().getId(),
        r.getShape(),
        r.getReason(),
        r.getReason().label(),
        r.isBox() ? r.getFirstPage() : null,
        box,
        r.isBox() ? null : r.getFirstPage(),
        r.getStartOffset(),
        r.isBox() ? null : r.getLastPage(),
        r.getEndOffset(),
        r.getQuote(),
        r.getCreatedBy(),
        r.getCreatedAt(),
        marks);
  }
}
