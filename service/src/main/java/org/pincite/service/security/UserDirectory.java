package org.pincite.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;

/** Checks a user name and password, or an API token, against the users in the database. */
@Stateless
@PermitAll
public class UserDirectory {
  // Verified when the user name is unknown, so that a wrong name takes as long as a wrong password.
  private static volatile String decoyHash;

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;

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

  public Optional<SignedInUser> checkToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return users
        .findTokenBySha256(ApiTokens.sha256(token.strip()))
        .filter(t -> t.isActive())
        .map(t -> new SignedInUser(t.getOwner().getUsername(), t.getOwner().getRole()));
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(ApiTokens.newPassword() + ApiTokens.newPassword());
    }
    return decoyHash;
  }
}
