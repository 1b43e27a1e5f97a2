package org.pincite.service.view;

import java.util.List;

/**
 * One page's text, exactly as passages address it; {@code printedLabel} is the number printed on
 * the page when it has one other than its index (else null), and {@code furniture} the runs of the
 * text that are its running header or footer, page number or margin line numbers: what a quote as
 * cited leaves out (offsets into {@code text}, end exclusive).
 */
public record PageView(
    long documentId, int number, String text, String printedLabel, List<Furniture> furniture) {
  /** Offsets [from, to) of the page's text that are furniture. */
  public record Furniture(int from, int to) {}
}
