package org.pincite.service.production;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Pages as they are: the {@link PageRedactions} in use until redactions are built (issue 16,
 * deliverable 3), which replace this bean with one that burns their boxes in.
 */
@ApplicationScoped
public class NoRedactions implements PageRedactions {
  @Override
  public Optional<RedactedPage> redacted(long documentId, int page) {
    return Optional.empty();
  }
}
