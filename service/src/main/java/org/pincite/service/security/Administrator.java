package org.pincite.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.StartupCheck;

/**
 * Makes sure there is an administrator, {@value #USERNAME}. No password ships with Pincite: it is
 * PINCITE_ADMIN_PASSWORD when that is set (applied again at each start, so that a lost password can
 * be reset), otherwise one is generated on the first start and printed once in the log.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class Administrator {
  public static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(Administrator.class.getName());

  @Inject PinciteSettings settings;
  @EJB StartupCheck startup;
  @Inject UserRepository users;
  @Inject PasswordHasher hasher;

  @PostConstruct
  void ensureAdministrator() {
    if (!startup.passed()) {
      return;
    }
    Optional<String> configured = settings.adminPassword();
    Optional<User> existing = users.findByUsername(USERNAME);
    if (existing.isEmpty()) {
      String password = configured.orElseGet(ApiTokens::newPassword);
      users.add(new User(USERNAME, "Administrator", Role.ADMIN, hasher.hash(password, USERNAME)));
      if (configured.isPresent()) {
        LOG.info("Created the administrator 'admin' with the password from PINCITE_ADMIN_PASSWORD");
      } else {
        LOG.warning(
            "Created the administrator 'admin' with the generated password  "
                + password
                + "  (shown only now: sign in with it, or set PINCITE_ADMIN_PASSWORD and restart to choose one)");
      }
    } else if (configured.isPresent()
        && !hasher.matches(configured.get(), existing.get().getPasswordHash())) {
      existing.get().changePassword(hasher.hash(configured.get(), USERNAME));
      existing.get().enable();
      LOG.info("Reset the password of 'admin' to PINCITE_ADMIN_PASSWORD");
    }
  }
}
