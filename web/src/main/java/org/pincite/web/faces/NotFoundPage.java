package org.pincite.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a page answers when the object in its address is not there, not the caller's to see, or not
 * named at all: the 404 page (web.xml maps 404 to not-found.xhtml), with nothing of the object.
 */
final class NotFoundPage {
  private NotFoundPage() {}

  /** Ends the page's response with a 404 carrying {@code reason}; false when it is too late. */
  static boolean send(FacesContext faces, String reason) {
    ExternalContext external = faces.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    try {
      external.responseReset();
      external.responseSendError(404, reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return true;
  }
}
