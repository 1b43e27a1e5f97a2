package org.pincite.service.error;

import jakarta.ejb.ApplicationException;

/** Too many failed password attempts: refused without looking at the password, until a time. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyAttemptsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds until the next attempt may come (for Retry-After). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
