package org.pincite.service.error;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same passage after this caller loaded it: their edit must not be lost
 * silently.
 */
@ApplicationException(rollback = true)
public class StaleEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleEditException(String message) {
    super(message);
  }
}
