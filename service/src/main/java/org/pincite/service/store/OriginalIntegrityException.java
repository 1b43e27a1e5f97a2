package org.pincite.service.store;

import java.io.IOException;

/**
 * A stored original whose bytes no longer hash to the SHA-256 it is filed under, or that is gone.
 */
public class OriginalIntegrityException extends IOException {
  private static final long serialVersionUID = 1L;

  public OriginalIntegrityException(String message) {
    super(message);
  }
}
