package org.pincite.domain.production;

import org.pincite.domain.shared.DomainRuleViolation;

/** A change the production's status does not allow (running one that is done, editing a run). */
public class ProductionStateException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public ProductionStateException(String message) {
    super(message);
  }
}
