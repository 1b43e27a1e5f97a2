package org.pincite.web.rest;

import org.pincite.domain.claim.ClaimKind;
import org.pincite.service.view.ClaimRow;

/**
 * One claim of {@code GET /api/matters/{id}/claims}, depth first: what the API documents of a
 * {@link ClaimRow}, without the claims page's own fields (first and last among siblings). {@code
 * supporting}, {@code refuting} and {@code context} count the passages on the claim itself, the
 * {@code …WithElements} numbers those on it and every claim below it (each once), as the claim
 * chart does; {@code gap}: an element (or a count without elements) nothing supports.
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
    long context,
    long supportingWithElements,
    long refutingWithElements,
    long contextWithElements,
    boolean gap) {
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
        row.context(),
        row.supportingWithElements(),
        row.refutingWithElements(),
        row.contextWithElements(),
        row.gap());
  }
}
