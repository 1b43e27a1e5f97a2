package org.pincite.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.stream.Collectors;

/**
 * Every page names its object in the address ({@code document.xhtml?id=7}) through {@code
 * f:viewParam}s that are required and typed. When an address's parameter is missing or not a
 * number, Faces would skip the page's view action and render an empty page; this answers the 404
 * page instead, for every page at once. (An id that is a number but names nothing the caller may
 * see is the service's {@code NotFoundException}, which {@link PageExceptionHandler} answers the
 * same way.)
 */
public class InvalidAddressListener implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() && faces.isValidationFailed()) {
      NotFoundPage.send(
          faces,
          faces.getMessageList().stream()
              .map(FacesMessage::getSummary)
              .collect(Collectors.joining(" ")));
    }
  }
}
