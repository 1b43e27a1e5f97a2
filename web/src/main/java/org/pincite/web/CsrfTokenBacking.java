package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.pincite.web.security.CsrfFilter;

/** The session's CSRF token, for the layout's meta tag: scripts send it back on API calls. */
@Named("csrfToken")
@RequestScoped
public class CsrfTokenBacking {
  public String getValue() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    return CsrfFilter.tokenFor(session);
  }
}
