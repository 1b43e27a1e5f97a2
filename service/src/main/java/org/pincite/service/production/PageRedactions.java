package org.pincite.service.production;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/**
 * The one seam between a production and redactions: for each document the volume writes, its
 * redactions as they stand, and for each page, the page as redacted when it has any — a raster
 * image with the boxes burned in (REDACTED written in each) and the page's text with {@code
 * [REDACTED]} where the redacted words were. The volume then carries that image (no text layer) and
 * that text instead of the page's own.
 */
public interface PageRedactions {
  /**
   * A redacted page: its text, and its image at {@code dpi} with the boxes burned in (null for a
   * document that is no PDF: the volume then sets the redacted text on the page and draws it as an
   * image).
   */
  record RedactedPage(BufferedImage image, float dpi, String text) {}

  /** One document's redactions, read once for the whole document. */
  interface Redacted {
    Redacted NONE = page -> Optional.empty();

    /** Page {@code page} (1-based) as redacted, if it has any redaction. */
    Optional<RedactedPage> page(int page) throws IOException;
  }

  /** Document {@code documentId}'s redactions as they stand now ({@link Redacted#NONE}: none). */
  Redacted of(long documentId);
}
