package org.pincite.domain.claim;

import org.pincite.domain.shared.DomainRuleViolation;

/** Moving a claim under itself or under one of its own elements. */
public class ClaimCycleException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public ClaimCycleException(String message) {
    super(message);
  }
}
