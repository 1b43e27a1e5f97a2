package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.TokenAccess;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.TooManyAttemptsException;
import org.pincite.service.error.WeakPasswordException;
import org.pincite.service.error.WrongPasswordException;
import org.pincite.service.security.ApiTokens;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.security.PasswordHasher;
import org.pincite.service.security.SignInThrottle;
import org.pincite.service.settings.PinciteSettings;

/**
 * The caller's own account: their password, the sessions their sign-ins opened, and their personal
 * API tokens.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class AccountService {
  /** How long a token lives when its maker does not say (shorter when the maximum is shorter). */
  public static final int DEFAULT_TOKEN_DAYS = 90;

  /** A token as listed: never the token itself, which is shown once when made. */
  public record TokenView(
      long id,
      String label,
      TokenAccess access,
      Long matterId,
      Instant createdAt,
      Instant expiresAt,
      boolean expired,
      Instant lastUsedAt,
      Instant revokedAt) {
    static TokenView of(ApiToken t, Instant now) {
      return new TokenView(
          t.getId(),
          t.getLabel(),
          t.getAccess(),
          t.getMatter().map(Matter::getId).orElse(null),
          t.getCreatedAt(),
          t.getExpiresAt(),
          t.isExpiredAt(now),
          t.getLastUsedAt(),
          t.getRevokedAt());
    }
  }

  /** A new token: {@code token} is the secret, shown this once. */
  public record NewToken(
      long id, String label, TokenAccess access, Long matterId, Instant expiresAt, String token) {}

  /** A session opened by signing in on the login page, and not ended yet. */
  public record SessionView(Instant signedInAt, String address, boolean current) {}

  /** Where a password change's attempts are counted by the throttle, beside real addresses. */
  static final String PASSWORD_CHANGE = "password-change";

  @Inject MatterAccess access;
  @Inject UserRepository users;
  @Inject PinciteSettings settings;
  @Inject Clock clock;
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

  /**
   * A token for the caller that lives {@code expiresInDays} (null: {@value #DEFAULT_TOKEN_DAYS}, at
   * most the maximum setting), with {@code tokenAccess} (null: read and write) to every matter of
   * the caller or only to {@code matterId}. Only a caller who signed in with a password may make
   * one: a token cannot make tokens.
   */
  public NewToken createToken(
      String label, Integer expiresInDays, TokenAccess tokenAccess, Long matterId) {
    if (access.signingToken().isPresent()) {
      throw new AccessDeniedException(
          "An API token cannot make tokens: sign in with your user name and password to make one");
    }
    User caller = access.caller();
    int maxDays = settings.tokenMaxDays();
    int days = expiresInDays == null ? Math.min(DEFAULT_TOKEN_DAYS, maxDays) : expiresInDays;
    if (days < 1 || days > maxDays) {
      throw new DomainRuleViolation(
          "expiresInDays must be a whole number of days from 1 to "
              + maxDays
              + " (not "
              + days
              + ")");
    }
    Matter matter = matterId == null ? null : access.visibleMatter(matterId);
    // As the database keeps it (microseconds), so that the answer and the list agree.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String token = ApiTokens.newToken();
    ApiToken saved =
        users.addToken(
            new ApiToken(
                caller,
                label,
                ApiTokens.sha256(token),
                tokenAccess == null ? TokenAccess.READ_WRITE : tokenAccess,
                matter,
                now,
                now.plus(Duration.ofDays(days))));
    return new NewToken(
        saved.getId(), saved.getLabel(), saved.getAccess(), matterId, saved.getExpiresAt(), token);
  }

  public List<TokenView> tokens() {
    Instant now = clock.instant();
    return users.findTokensOf(access.caller().getUsername()).stream()
        .map(t -> TokenView.of(t, now))
        .toList();
  }

  public void revokeToken(long tokenId) {
    ApiToken token =
        users
            .findToken(tokenId)
            .filter(t -> t.getOwner().equals(access.caller()))
            .orElseThrow(() -> new NotFoundException("API token", tokenId));
    token.revoke(clock.instant());
  }
}
