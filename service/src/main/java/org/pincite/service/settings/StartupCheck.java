package org.pincite.service.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * The first thing Pincite does at start-up: validates every setting and, when one is wrong, says so
 * in one line at ERROR level ("Pincite cannot start: PINCITE_ADMIN_PASSWORD is 5 characters; ...").
 * The other start-up beans then do nothing (no migration, no demo, no index work), every page and
 * API call answers 503 with the same reason, and the readiness check is DOWN with it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StartupCheck {
  public static final String DATA_SOURCE = "jdbc/pincite";
  private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

  @Inject PinciteSettings settings;

  private volatile Optional<String> failure = Optional.empty();

  @PostConstruct
  void validateSettings() {
    List<String> problems =
        new SettingsValidator()
            .problems(settings, () -> (DataSource) new InitialContext().lookup(DATA_SOURCE));
    if (!problems.isEmpty()) {
      failure = Optional.of("Pincite cannot start: " + String.join(" ", problems));
      LOG.severe(failure.get());
    }
    new SettingsValidator().warnings(settings).forEach(LOG::warning);
  }

  /** Why Pincite did not start ("Pincite cannot start: ..."), or nothing when it did. */
  public Optional<String> failure() {
    return failure;
  }

  /** True when every setting is fine, so that start-up work may go on. */
  public boolean passed() {
    return failure.isEmpty();
  }
}
