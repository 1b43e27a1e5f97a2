package org.pincite.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;

/** Checks a user name and password, or an API token, against the users in the database. */
@Stateless
@PermitAll
public class UserDirectory {
  // Verified when the user name is unknown, so that a wrong name takes as long as a wrong password.
  private static volatile String decoyHash;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  public UserDirectory() {}

  /** Outside the container: the token checks with a clock of the caller's choosing. */
  UserDirectory(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
  }

  public Optional<SignedInUser> checkPassword(String username, String password) {
    Optional<User> user = users.findByUsername(username).filter(User::isEnabled);
    if (user.isEmpty()) {
      hasher.matches(password, decoy());
      return Optional.empty();
    }
    return hasher.matches(password, user.get().getPasswordHash())
        ? Optional.of(new SignedInUser(user.get().getUsername(), user.get().getRole()))
        : Optional.empty();
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

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(ApiTokens.newPassword() + ApiTokens.newPassword());
    }
    return decoyHash;
  }
}
