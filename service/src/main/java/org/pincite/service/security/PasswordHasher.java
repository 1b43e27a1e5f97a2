package org.pincite.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.pincite.domain.user.PasswordRule;
import org.pincite.service.error.WeakPasswordException;
import org.pincite.service.settings.PinciteSettings;

/**
 * Salted PBKDF2 password hashes, with the server's Jakarta Security implementation. The stored form
 * names its algorithm and iteration count, so stronger settings later still verify old hashes.
 */
@ApplicationScoped
public class PasswordHasher {
  public static final int MIN_LENGTH = PasswordRule.MIN_LENGTH;

  @Inject Pbkdf2PasswordHash pbkdf2;
  @Inject PinciteSettings settings;

  @PostConstruct
  void configure() {
    // OWASP's advice for PBKDF2-HMAC-SHA512 unless PINCITE_PASSWORD_ITERATIONS says otherwise.
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(settings.passwordIterations()),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  /**
   * The hash of a new password of these users (usually one), refused with the reason when {@link
   * PasswordRule} refuses it for any of them.
   */
  public String hash(String password, String... usernames) {
    for (String username : usernames.length == 0 ? new String[] {null} : usernames) {
      PasswordRule.problem(username, password)
          .ifPresent(
              why -> {
                throw new WeakPasswordException(why);
              });
    }
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null
        && storedHash != null
        && pbkdf2.verify(password.toCharArray(), storedHash);
  }
}
