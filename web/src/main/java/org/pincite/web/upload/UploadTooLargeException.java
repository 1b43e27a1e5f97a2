package org.pincite.web.upload;

import org.pincite.service.ingest.IngestException;

/** An upload whose body went over the most an upload may send (when it declared no length). */
public class UploadTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UploadTooLargeException(long limitBytes) {
    super("The upload is " + IngestException.overLimit(limitBytes));
  }
}
