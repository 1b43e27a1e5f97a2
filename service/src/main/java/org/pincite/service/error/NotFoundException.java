package org.pincite.service.error;

import jakarta.ejb.ApplicationException;

/** A matter, claim or document that does not exist (or that the caller may not see). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, long id) {
    super("There is no " + what + " with id " + id);
  }

  public NotFoundException(String message) {
    super(message);
  }
}
