package org.pincite.web.rest;

import org.pincite.domain.redaction.RedactionReason;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.redaction.RedactionService;
import org.pincite.service.view.RedactionView;

/**
 * The body of {@code POST /api/documents/{id}/redactions}: a box, {@code {page, box: {x, y, w, h},
 * reason}} (fractions of the page from its top left), or a range of words, {@code {startPage,
 * startOffset, endPage, endOffset, reason, quote?}} (offsets as for passages; {@code quote}, when
 * sent, must match).
 */
public record RedactRequest(
    Integer page,
    BoxBody box,
    Integer startPage,
    Integer startOffset,
    Integer endPage,
    Integer endOffset,
    RedactionReason reason,
    String quote) {

  /** A box as sent: every side a fraction of the page. */
  public record BoxBody(Double x, Double y, Double w, Double h) {}

  private static final String SHAPES =
      "a box ({page, box: {x, y, w, h}}, fractions of the page) or a range of words ({startPage,"
          + " startOffset, endPage, endOffset})";

  /** Redacts what the body names, or says what is missing. */
  RedactionView redactIn(long documentId, RedactionService redactions) {
    if (reason == null) {
      throw new DomainRuleViolation(
          "reason is required: one of "
              + java.util.Arrays.toString(RedactionReason.values()).replaceAll("[\\[\\]]", ""));
    }
    boolean range =
        startPage != null || startOffset != null || endPage != null || endOffset != null;
    if (box != null && range) {
      throw new DomainRuleViolation("A redaction is " + SHAPES + ", not both");
    }
    if (box != null || (page != null && !range)) {
      int on = required(page, "page", "the page the box is on");
      BoxBody b = required(box, "box", "{x, y, w, h}, fractions of the page");
      return redactions.redactBox(
          documentId,
          on,
          required(b.x(), "box.x", "the left edge, a fraction of the page's width"),
          required(b.y(), "box.y", "the top edge, a fraction of the page's height"),
          required(b.w(), "box.w", "the width, a fraction of the page's width"),
          required(b.h(), "box.h", "the height, a fraction of the page's height"),
          reason);
    }
    if (!range) {
      throw new DomainRuleViolation("Send " + SHAPES);
    }
    return redactions.redactWords(
        documentId,
        required(startPage, "startPage", "the page the words start on"),
        required(startOffset, "startOffset", "where they start in its text"),
        required(endPage, "endPage", "the page they end on"),
        required(endOffset, "endOffset", "where they end in its text"),
        quote,
        reason);
  }

  private static <T> T required(T value, String field, String what) {
    if (value == null) {
      throw new DomainRuleViolation(field + " is required (" + what + ")");
    }
    return value;
  }
}
