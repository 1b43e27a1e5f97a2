package org.pincite.service.production;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.pincite.service.redaction.RedactedDocument;
import org.pincite.service.redaction.RedactedPages;
import org.pincite.service.redaction.RedactionService;

/**
 * {@link PageRedactions} through the redactions' own seam ({@link RedactedPages}): a PDF's redacted
 * page drawn with its boxes and words burned in, every redacted page's text with {@code
 * [REDACTED]}. A redaction that no longer covers its words stops the production with the reason.
 */
@ApplicationScoped
public class BurnedInRedactions implements PageRedactions {
  @EJB RedactedPages redactedPages;

  @Override
  public Redacted of(long documentId) {
    if (!redactedPages.isRedacted(documentId)) {
      return Redacted.NONE;
    }
    RedactedDocument document = redactedPages.of(documentId);
    float dpi = RedactionService.COPY_DPI;
    return page -> {
      if (!document.isRedacted(page)) {
        return Optional.empty();
      }
      return Optional.of(
          new RedactedPage(
              document.isPdf() ? document.pageImage(page, dpi) : null, dpi, document.text(page)));
    };
  }
}
