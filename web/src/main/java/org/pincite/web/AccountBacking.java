package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.AccountService;
import org.pincite.service.AccountService.SessionView;
import org.pincite.service.AccountService.TokenView;
import org.pincite.service.error.TooManyAttemptsException;
import org.pincite.web.security.PinciteAuthenticationMechanism;

/** account.xhtml: one's own password, open sessions and API tokens. */
@Named
@RequestScoped
public class AccountBacking {
  @Inject AccountService accounts;

  private String current;
  private String next;
  private String repeated;
  private List<SessionView> sessions;
  private List<TokenView> tokens;

  public void changePassword() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (next == null || !next.equals(repeated)) {
        throw new DomainRuleViolation("The new password and its repetition differ");
      }
      accounts.changePassword(current, next);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password was changed.", null));
    } catch (DomainRuleViolation | TooManyAttemptsException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } finally {
      current = null;
      next = null;
      repeated = null;
    }
  }

  public List<SessionView> getSessions() {
    if (sessions == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      sessions = accounts.sessions(PinciteAuthenticationMechanism.sessionRef(request).orElse(null));
    }
    return sessions;
  }

  public List<TokenView> getTokens() {
    if (tokens == null) {
      tokens = accounts.tokens();
    }
    return tokens;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
