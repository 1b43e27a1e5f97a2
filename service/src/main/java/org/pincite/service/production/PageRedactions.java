package org.pincite.service.production;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The one seam between a production and redactions: for each page the volume writes, the page as
 * redacted when it has redactions — a raster image with the boxes burned in (and REDACTED in each),
 * and the page's text with {@code [REDACTED]} where the redacted words were. The volume then
 * carries that image (no text layer) and that text instead of the page's own.
 */
public interface PageRedactions {
  /** A redacted page: its image at {@code dpi} with the boxes burned in, and its text. */
  record RedactedPage(BufferedImage image, float dpi, String text) {}

  /** Page {@code page} (1-based) of document {@code documentId} as redacted, if it has any. */
  Optional<RedactedPage> redacted(long documentId, int page);
}
