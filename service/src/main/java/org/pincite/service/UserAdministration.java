package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.security.PasswordHasher;

/** What only an administrator does: add users and put them on (or take them off) matters. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {
  public record UserView(
      String username, String displayName, Role role, boolean enabled, List<Long> matterIds) {
    static UserView of(User u) {
      return new UserView(
          u.getUsername(),
          u.getDisplayName(),
          u.getRole(),
          u.isEnabled(),
          u.getMatters().stream().map(Matter::getId).sorted().toList());
    }
  }

  @Inject UserRepository users;
  @Inject MatterAccess access;
  @Inject PasswordHasher hasher;

  public List<UserView> users() {
    access.requireEveryMatter();
    return users.findAll().stream().map(UserView::of).toList();
  }

  public UserView addUser(String username, String displayName, Role role, String password) {
    access.requireEveryMatter();
    if (users.findByUsername(username).isPresent()) {
      throw new DomainRuleViolation("There is already a user '" + username + "'");
    }
    return UserView.of(users.add(new User(username, displayName, role, hasher.hash(password))));
  }

  public UserView joinMatter(String username, long matterId) {
    access.requireEveryMatter();
    User user = user(username);
    user.joinMatter(access.visibleMatter(matterId));
    return UserView.of(user);
  }

  public UserView leaveMatter(String username, long matterId) {
    access.requireEveryMatter();
    User user = user(username);
    user.leaveMatter(access.visibleMatter(matterId));
    return UserView.of(user);
  }

  private User user(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("There is no user named " + username));
  }
}
