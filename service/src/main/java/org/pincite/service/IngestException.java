package org.pincite.service;

import jakarta.ejb.ApplicationException;

/** An upload Pincite refuses before keeping it (empty, unreadable), with the reason for the user. */
@ApplicationException(rollback = true)
public class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }

  public IngestException(String message) {
    super(message);
  }
}
