package org.pincite.domain.received;

import org.pincite.domain.shared.DomainRuleViolation;

/** A step the volume's state no longer allows: committing twice, cancelling after the commit. */
public class ImportStateConflict extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public ImportStateConflict(String message) {
    super(message);
  }
}
