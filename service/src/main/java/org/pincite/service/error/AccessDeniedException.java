package org.pincite.service.error;

import jakarta.ejb.ApplicationException;

/** The caller is signed in but their role does not allow this (a viewer annotating, say). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
