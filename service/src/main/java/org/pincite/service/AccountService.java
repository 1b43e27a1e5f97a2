package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.TooManyAttemptsException;
import org.pincite.service.error.WeakPasswordException;
import org.pincite.service.error.WrongPasswordException;
import org.pincite.service.security.ApiTokens;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.security.PasswordHasher;
import org.pincite.service.security.SignInThrottle;

/**
 * The caller's own account: their password, the sessions their sign-ins opened, and their personal
 * API tokens.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class AccountService {
  /** A token as listed: never the token itself, which is shown once when made. */
  public record TokenView(long id, String label, Instant createdAt, Instant revokedAt) {}

  /** A new token: {@code token} is the secret, shown this once. */
  public record NewToken(long id, String label, String token) {}

  /** A session opened by signing in on the login page, and not ended yet. */
  public record SessionView(Instant signedInAt, String address, boolean current) {}

  /** Where a password change's attempts are counted by the throttle, beside real addresses. */
  static final String PASSWORD_CHANGE = "password-change";

  @Inject MatterAccess access;
  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;

  /**
   * Changes the caller's password, given the current one. A wrong current password counts as a
   * failed sign-in of the account (a stolen session is no way around the throttle); the new one
   * must pass {@link org.pincite.domain.user.PasswordRule}.
   */
  public void changePassword(String current, String next) {
    User caller = access.caller();
    Optional<SignInThrottle.Refusal> refusal =
        throttle.refusal(caller.getUsername(), PASSWORD_CHANGE);
    if (refusal.isPresent()) {
      throw new TooManyAttemptsException(
          refusal.get().reason(), refusal.get().retryAfterSeconds(throttle.now()));
    }
    if (!hasher.matches(current, caller.getPasswordHash())) {
      throttle.failed(caller.getUsername(), PASSWORD_CHANGE);
      throw new WrongPasswordException("The current password is wrong; the password is unchanged");
    }
    if (next != null && next.equals(current)) {
      throw new WeakPasswordException("The new password is the current one; choose another");
    }
    caller.changePassword(hasher.hash(next, caller.getUsername()));
  }

  /**
   * The caller's open sessions (sign-ins on the login page whose session has not ended), newest
   * first; {@code currentRef} marks the one of this request.
   */
  public List<SessionView> sessions(String currentRef) {
    return users.findOpenSessions(access.caller().getUsername()).stream()
        .map(s -> new SessionView(s.getAt(), s.getAddress(), s.getSessionRef().equals(currentRef)))
        .toList();
  }

  public NewToken createToken(String label) {
    User caller = access.caller();
    String token = ApiTokens.newToken();
    ApiToken saved = users.addToken(new ApiToken(caller, label, ApiTokens.sha256(token)));
    return new NewToken(saved.getId(), saved.getLabel(), token);
  }

  public List<TokenView> tokens() {
    return users.findTokensOf(access.caller().getUsername()).stream()
        .map(t -> new TokenView(t.getId(), t.getLabel(), t.getCreatedAt(), t.getRevokedAt()))
        .toList();
  }

  public void revokeToken(long tokenId) {
    ApiToken token =
        users
            .findToken(tokenId)
            .filter(t -> t.getOwner().equals(access.caller()))
            .orElseThrow(() -> new NotFoundException("API token", tokenId));
    token.revoke();
  }
}
