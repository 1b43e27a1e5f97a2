package org.pincite.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages for the next page the session shows, across a redirect. (Faces' flash keeps messages
 * only when the request that redirects ends normally; a request refused while its view was being
 * restored or rendered does not.)
 */
public class NextPageMessages implements PhaseListener {
  private static final long serialVersionUID = 1L;
  private static final String KEY = "org.pincite.nextPageMessages";

  static void add(FacesContext faces, FacesMessage message) {
    Map<String, Object> session = faces.getExternalContext().getSessionMap();
    @SuppressWarnings("unchecked")
    List<FacesMessage> waiting = (List<FacesMessage>) session.get(KEY);
    List<FacesMessage> now = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
    now.add(message);
    session.put(KEY, now);
  }

  /** Before the page is drawn, so that its message areas show them. */
  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    Object waiting =
        faces.getExternalContext().getSession(false) == null
            ? null
            : faces.getExternalContext().getSessionMap().remove(KEY);
    if (waiting instanceof List<?> messages) {
      messages.forEach(m -> faces.addMessage(null, (FacesMessage) m));
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
