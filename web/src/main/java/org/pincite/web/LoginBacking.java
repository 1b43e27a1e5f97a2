package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pincite.web.security.PasswordSignIn;

/** login.xhtml: signing in, and signing out. */
@Named
@RequestScoped
public class LoginBacking {
  @Inject SecurityContext security;

  private String username;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      // A new session id after sign-in: an id planted before it (session fixation) is worth
      // nothing.
      request.changeSessionId();
      external.redirect(request.getContextPath() + safeNext());
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      Object refused = request.getAttribute(PasswordSignIn.REFUSED);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              refused instanceof String why
                  ? why + ". Your password was not checked."
                  : "The user name or the password is wrong.",
              null));
    }
  }

  public void logout() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // signed out anyway once the session is gone
    }
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/login.xhtml");
    faces.responseComplete();
  }

  /** Only a path inside Pincite: never an address elsewhere (open redirect). */
  private String safeNext() {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith("/login.xhtml")) {
      return "/";
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
