package org.pincite.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;

/**
 * The check every service makes before it hands out or changes anything of a matter: the caller
 * must be a member (or an administrator). A matter the caller may not see is reported as not found,
 * so its existence is not revealed either.
 */
@ApplicationScoped
public class MatterAccess {
  @Inject SecurityContext security;
  @Inject UserRepository users;

  public User caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new AccessDeniedException("Sign in first");
    }
    return users
        .findByUsername(principal.getName())
        .filter(User::isEnabled)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "The account " + principal.getName() + " is disabled or unknown"));
  }

  /**
   * Passes when the caller may see the matter; otherwise reports the object asked for ({@code what}
   * with {@code id}: the matter itself, or a document or passage in it) as not found.
   */
  public User checkVisible(Matter matter, String what, long id) {
    User user = caller();
    if (!user.mayAccess(matter)) {
      throw new NotFoundException(what, id);
    }
    return user;
  }

  /** The caller, when their role lets them mark passages in the matter. */
  public User annotator(Matter matter, String what, long id) {
    User user = checkVisible(matter, what, id);
    if (!user.getRole().mayAnnotate()) {
      throw new AccessDeniedException(
          "A " + user.getRole().label().toLowerCase() + " may read and export, not mark passages");
    }
    return user;
  }

  /** The caller, when their role lets them add documents to the matter. */
  public User uploader(Matter matter) {
    User user = checkVisible(matter, "matter", matter.getId());
    if (!user.getRole().mayUpload()) {
      throw new AccessDeniedException(
          "A " + user.getRole().label().toLowerCase() + " may read and export, not add documents");
    }
    return user;
  }
}
