package org.pincite.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.pincite.service.error.NotFoundException;

/** What a page answers when the object in its address is not there, or not the caller's to see. */
final class NotFoundPage {
  private NotFoundPage() {}

  /** A 404 with the reason (and nothing of the object), ending the page's response. */
  static void send(NotFoundException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, e.getMessage());
    faces.responseComplete();
  }
}
