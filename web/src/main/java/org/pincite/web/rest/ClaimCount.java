package org.pincite.web.rest;

import org.pincite.domain.claim.ClaimKind;
import org.pincite.service.view.ClaimRow;

/**
 * One claim of {@code GET /api/matters/{id}/claims}, depth first: what the API documents of a
 * {@link ClaimRow}, without the claims page's own fields (first and last among siblings).
 */
public record ClaimCount(
    long id,
    Long parentId,
    int depth,
    ClaimKind kind,
    String label,
    String text,
    String assertedBy,
    long supporting,
    long refuting,
    long context) {
  static ClaimCount of(ClaimRow row) {
    return new ClaimCount(
        row.id(),
        row.parentId(),
        row.depth(),
        row.kind(),
        row.label(),
        row.text(),
        row.assertedBy(),
        row.supporting(),
        row.refuting(),
        row.context());
  }
}
