package org.pincite.service.error;

import jakarta.ejb.ApplicationException;

/**
 * A search the user typed that cannot be read (an unclosed quote, a lone NOT, ...); the message
 * says what to fix.
 */
@ApplicationException(rollback = true)
public class MalformedQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedQueryException(String message) {
    super(message);
  }
}
