package org.pincite.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.SignIn;
import org.pincite.domain.user.SignIn.Outcome;
import org.pincite.domain.user.SignIn.Via;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;

/**
 * Checks a user name and password, or an API token, against the users in the database, and keeps
 * the record of password sign-ins: every refusal, every sign-in on the login form, and accepted
 * HTTP Basic sign-ins once per user and address every {@link #BASIC_RECORDED_EVERY} (an API client
 * signs every request).
 */
@Stateless
@PermitAll
public class UserDirectory {
  static final Duration BASIC_RECORDED_EVERY = Duration.ofMinutes(10);

  // Verified when the user name is unknown, so that a wrong name takes as long as a wrong password.
  private static volatile String decoyHash;
  private static final Map<String, Instant> BASIC_RECORDED = new ConcurrentHashMap<>();

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottle throttle;

  @Inject Clock clock;

  public UserDirectory() {}

  /** Outside the container: the token checks with a clock of the caller's choosing. */
  UserDirectory(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
  }

  public Optional<SignedInUser> checkPassword(String username, String password) {
    return checkPassword(new SignInCredential(username, password, "unknown", Via.BASIC, null));
  }

  /** The password check behind both the login form and HTTP Basic, recorded with its outcome. */
  public Optional<SignedInUser> checkPassword(SignInCredential credential) {
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    Optional<User> user = users.findByUsername(username);
    if (user.isEmpty() || !user.get().isEnabled()) {
      hasher.matches(password, decoy());
      throttle.failed(username, credential.address());
      record(
          credential,
          user.isEmpty() ? Outcome.UNKNOWN_USER : Outcome.DISABLED_USER,
          user.isEmpty()
              ? "There is no user of this name"
              : user.get().isRemoved() ? "The user was removed" : "The user is disabled");
      return Optional.empty();
    }
    if (!hasher.matches(password, user.get().getPasswordHash())) {
      throttle.failed(username, credential.address());
      record(credential, Outcome.WRONG_PASSWORD, "The password is wrong");
      return Optional.empty();
    }
    throttle.succeeded(username);
    SignIn accepted = null;
    if (credential.via() == Via.FORM || firstBasicInAWhile(credential)) {
      accepted = record(credential, Outcome.ACCEPTED, null);
    }
    if (accepted != null && credential.sessionRef() != null) {
      accepted.openedSession(credential.sessionRef());
    }
    return Optional.of(new SignedInUser(user.get().getUsername(), user.get().getRole()));
  }

  /** An attempt the throttle refused before its password was looked at. */
  public void refused(String username, String address, Via via, SignInThrottle.Refusal refusal) {
    users.addSignIn(new SignIn(username, address, via, refusal.outcome(), refusal.reason()));
  }

  /**
   * The owner of this token with what it allows, while it is active; records the use (to the
   * minute, see {@link ApiToken#recordUse}).
   */
  public Optional<SignedInUser> checkToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> active =
        users.findTokenBySha256(ApiTokens.sha256(token.strip())).filter(t -> t.isActiveAt(now));
    active.ifPresent(t -> t.recordUse(now));
    return active.map(
        t ->
            new SignedInUser(t.getOwner().getUsername(), t.getOwner().getRole(), TokenGrant.of(t)));
  }

  /**
   * Why a token that exists is no longer accepted (expired, revoked), for the one who holds it;
   * empty for a token that works or that Pincite does not know.
   */
  public Optional<String> tokenRefusal(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return users
        .findTokenBySha256(ApiTokens.sha256(token.strip()))
        .flatMap(
            t -> {
              if (t.getRevokedAt() != null) {
                return Optional.of("The API token was revoked on " + WHEN.format(t.getRevokedAt()));
              }
              if (t.isExpiredAt(now)) {
                return Optional.of(
                    "The API token expired on "
                        + WHEN.format(t.getExpiresAt())
                        + ": make a new one");
              }
              return Optional.empty();
            });
  }

  /**
   * Whether a session's user may still go on: asked at every request a session signs, so that a
   * user disabled or removed since signing in is refused at the next one.
   */
  public boolean mayContinue(String username) {
    return users.findByUsername(username).filter(User::isEnabled).isPresent();
  }

  /** The session opened by a sign-in ended (signed out, timed out, or its user was disabled). */
  public void sessionEnded(String sessionRef) {
    if (sessionRef != null) {
      users.findSignInOfSession(sessionRef).ifPresent(SignIn::sessionEnded);
    }
  }

  private SignIn record(SignInCredential credential, Outcome outcome, String reason) {
    return users.addSignIn(
        new SignIn(
            credential.getCaller(),
            credential.address() == null ? "unknown" : credential.address(),
            credential.via(),
            outcome,
            reason));
  }

  private static boolean firstBasicInAWhile(SignInCredential credential) {
    Instant now = Instant.now();
    String key = credential.getCaller() + "@" + credential.address();
    Instant last = BASIC_RECORDED.get(key);
    if (last != null && last.plus(BASIC_RECORDED_EVERY).isAfter(now)) {
      return false;
    }
    if (BASIC_RECORDED.size() > 10_000) {
      BASIC_RECORDED.values().removeIf(at -> at.plus(BASIC_RECORDED_EVERY).isBefore(now));
    }
    BASIC_RECORDED.put(key, now);
    return true;
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(ApiTokens.newPassword() + ApiTokens.newPassword());
    }
    return decoyHash;
  }
}
