package org.pincite.web.upload;

/** An upload that did not arrive whole (cut short, longer than declared, no closing boundary). */
public class MalformedUploadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedUploadException(String message) {
    super(message);
  }

  public MalformedUploadException(String message, Throwable cause) {
    super(message, cause);
  }
}
