package org.pincite.service.view;

import org.pincite.domain.annotation.Stance;

/**
 * A marked passage as a fact's source is chosen from: its document, pin cite, stance and the start
 * of its quote.
 */
public record PassageChoice(
    long annotationId, long documentId, String document, String cite, Stance stance, String quote)
    implements java.io.Serializable {
  /** What a chooser shows: "Compl. ¶ 7 (supports): “The start of the quote…”". */
  public String label() {
    String q = quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
    if (q.length() > 90) {
      q = q.substring(0, 89).strip() + "\u2026";
    }
    return cite
        + " ("
        + stance.label().toLowerCase(java.util.Locale.ROOT)
        + "): \u201c"
        + q
        + "\u201d";
  }
}
