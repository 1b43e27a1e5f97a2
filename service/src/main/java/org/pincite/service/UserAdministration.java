package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.SignIn;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.security.Administrator;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.security.PasswordHasher;
import org.pincite.service.security.SignInThrottle;

/**
 * What only an administrator does: add users, put them on (or take them off) matters, disable,
 * enable and remove them, unlock an account locked by failed sign-ins, and read the sign-ins.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {
  /** The most sign-ins one answer lists. */
  public static final int MAX_SIGN_INS = 500;

  public record UserView(
      String username,
      String displayName,
      Role role,
      boolean enabled,
      List<Long> matterIds,
      Instant lockedUntil) {}

  /** One sign-in as the audit trail keeps it. */
  public record SignInView(
      String username,
      Instant at,
      String address,
      SignIn.Via via,
      SignIn.Outcome outcome,
      String reason,
      boolean openedSession) {
    public static SignInView of(SignIn s) {
      return new SignInView(
          s.getUsername(),
          s.getAt(),
          s.getAddress(),
          s.getVia(),
          s.getOutcome(),
          s.getReason(),
          s.getSessionRef() != null);
    }
  }

  @Inject UserRepository users;
  @Inject MatterAccess access;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;

  /** The users, removed ones left out. */
  public List<UserView> users() {
    access.requireEveryMatter();
    return users.findAll().stream().filter(u -> !u.isRemoved()).map(this::view).toList();
  }

  public UserView addUser(String username, String displayName, Role role, String password) {
    access.requireEveryMatter();
    if (users.findByUsername(username).isPresent()) {
      throw new DomainRuleViolation(
          "There is already a user '"
              + username
              + "' (a removed user's name stays taken: the audit trail names them)");
    }
    return view(users.add(new User(username, displayName, role, hasher.hash(password, username))));
  }

  public UserView joinMatter(String username, long matterId) {
    access.requireEveryMatter();
    User user = user(username);
    user.joinMatter(access.visibleMatter(matterId));
    return view(user);
  }

  public UserView leaveMatter(String username, long matterId) {
    access.requireEveryMatter();
    User user = user(username);
    user.leaveMatter(access.visibleMatter(matterId));
    return view(user);
  }

  /** Stops the user's sign-ins, and their open sessions and tokens at their next request. */
  public UserView disable(String username) {
    User user = notMe(user(username), "disable");
    user.disable();
    return view(user);
  }

  public UserView enable(String username) {
    User user = user(username);
    user.enable();
    return view(user);
  }

  /** Removes the user softly: gone from the list and disabled, the name kept for the records. */
  public void remove(String username) {
    notMe(user(username), "remove").remove();
  }

  /** Forgets the account's failed sign-ins, so that a lockout ends at once. */
  public UserView unlock(String username) {
    User user = user(username);
    throttle.unlock(user.getUsername());
    return view(user);
  }

  /** The latest sign-ins, of one name or of all (newest first). */
  public List<SignInView> signIns(String username, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_SIGN_INS));
    String name = username == null || username.isBlank() ? null : username;
    return users.findSignIns(name, size).stream().map(SignInView::of).toList();
  }

  private UserView view(User u) {
    return new UserView(
        u.getUsername(),
        u.getDisplayName(),
        u.getRole(),
        u.isEnabled(),
        u.getMatters().stream().map(Matter::getId).sorted().toList(),
        throttle.lockedUntil(u.getUsername()).orElse(null));
  }

  private User notMe(User user, String what) {
    if (user.equals(access.caller())) {
      throw new DomainRuleViolation("An administrator cannot " + what + " their own account");
    }
    if (user.getUsername().equals(Administrator.USERNAME)) {
      throw new DomainRuleViolation(
          "The administrator '"
              + Administrator.USERNAME
              + "' cannot be "
              + what
              + "d: it is how Pincite is always reachable (PINCITE_ADMIN_PASSWORD resets it)");
    }
    return user;
  }

  private User user(String username) {
    return users
        .findByUsername(username)
        .filter(u -> !u.isRemoved())
        .orElseThrow(() -> new NotFoundException("There is no user named " + username));
  }
}
