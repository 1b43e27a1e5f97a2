package org.pincite.domain.production;

import java.util.Locale;
import org.pincite.domain.shared.DomainRuleViolation;

/** How a volume holds its page images: one single-page TIFF per page, or one PDF per document. */
public enum VolumeImages {
  TIFF,
  PDF;

  /** "tiff" or "pdf" (any case); TIFF when blank; a violation naming the choices otherwise. */
  public static VolumeImages parse(String text) {
    if (text == null || text.isBlank()) {
      return TIFF;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation("Images are \"tiff\" or \"pdf\", not \"" + text.strip() + "\"");
    }
  }
}
