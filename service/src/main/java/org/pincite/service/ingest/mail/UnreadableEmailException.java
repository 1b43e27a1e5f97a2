package org.pincite.service.ingest.mail;

/**
 * Thrown by {@link EmailExtractor#parse(byte[])} and {@link OutlookMsgExtractor#parse(byte[])} when
 * the bytes are not a message they can read at all (not MIME, not an Outlook file, or damaged
 * beyond what permissive parsing survives). Checked, so that callers record the document as failed
 * with {@link #getMessage()} as the reason instead of losing the whole ingest.
 */
public class UnreadableEmailException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableEmailException(String message, Throwable cause) {
    super(message, cause);
  }

  public UnreadableEmailException(String message) {
    super(message);
  }
}
