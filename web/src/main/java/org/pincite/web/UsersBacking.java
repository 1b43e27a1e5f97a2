package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Consumer;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.UserAdministration;
import org.pincite.service.UserAdministration.SignInView;
import org.pincite.service.UserAdministration.UserView;
import org.pincite.service.error.NotFoundException;

/** users.xhtml (administrators): the users, unlock, disable, enable, remove; the sign-ins. */
@Named
@RequestScoped
public class UsersBacking {
  @Inject UserAdministration administration;

  private List<UserView> users;
  private List<SignInView> signIns;

  public List<UserView> getUsers() {
    if (users == null) {
      users = administration.users();
    }
    return users;
  }

  public List<SignInView> getSignIns() {
    if (signIns == null) {
      signIns = administration.signIns(null, 50);
    }
    return signIns;
  }

  public void unlock(String username) {
    act(username, "unlocked", administration::unlock);
  }

  public void disable(String username) {
    act(username, "disabled", administration::disable);
  }

  public void enable(String username) {
    act(username, "enabled", administration::enable);
  }

  public void remove(String username) {
    act(username, "removed", administration::remove);
  }

  private void act(String username, String done, Consumer<String> action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.accept(username);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, "'" + username + "' " + done + ".", null));
    } catch (DomainRuleViolation | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    users = null;
    signIns = null;
  }
}
