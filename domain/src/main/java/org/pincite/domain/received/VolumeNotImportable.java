package org.pincite.domain.received;

import org.pincite.domain.shared.DomainRuleViolation;

/** A commit of a volume whose report still has problems that block it. */
public class VolumeNotImportable extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public VolumeNotImportable(String message) {
    super(message);
  }
}
