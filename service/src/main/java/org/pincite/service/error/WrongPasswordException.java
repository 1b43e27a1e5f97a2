package org.pincite.service.error;

import jakarta.ejb.ApplicationException;
import org.pincite.domain.shared.DomainRuleViolation;

/** The current password given to change one's password is not the current password. */
@ApplicationException(rollback = true)
public class WrongPasswordException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public WrongPasswordException(String message) {
    super(message);
  }
}
