package org.pincite.service.ingest;

import jakarta.ejb.ApplicationException;

/**
 * An upload Pincite refuses before keeping it (empty, unreadable), with the reason for the user.
 */
@ApplicationException(rollback = true)
public class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }

  public IngestException(String message) {
    super(message);
  }

  /** A file over PINCITE_MAX_UPLOAD_MB, wherever it is caught: the API, the page or the service. */
  public static IngestException tooLarge(String fileName, long limitBytes) {
    return new IngestException("'" + fileName + "' is " + overLimit(limitBytes));
  }

  public static String overLimit(long limitBytes) {
    return "larger than the limit of " + limitBytes / (1024 * 1024) + " MB; nothing was added";
  }
}
