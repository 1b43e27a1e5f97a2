package org.pincite.service.error;

import jakarta.ejb.ApplicationException;
import org.pincite.domain.shared.DomainRuleViolation;

@ApplicationException(rollback = true)
public class WeakPasswordException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public WeakPasswordException(String message) {
    super(message);
  }
}
