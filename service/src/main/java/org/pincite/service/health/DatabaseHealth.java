package org.pincite.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pincite.service.settings.StartupCheck;

/** UP when the database answers, with its product name and version. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
  static final String NAME = "database";

  @Inject StartupCheck startup;

  @Override
  public HealthCheckResponse call() {
    if (!startup.passed()) {
      return SettingsHealth.notStarted(NAME, startup.failure().orElseThrow());
    }
    try (Connection connection = dataSource().getConnection()) {
      if (!connection.isValid(5)) {
        return HealthCheckResponse.named(NAME).down().withData("reason", "no answer").build();
      }
      var meta = connection.getMetaData();
      return HealthCheckResponse.named(NAME)
          .up()
          .withData(
              "database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
          .build();
    } catch (SQLException | NamingException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("reason", String.valueOf(e.getMessage()))
          .build();
    }
  }

  // Looked up on each call, not injected: with a wrong setting the data source cannot be made.
  private static DataSource dataSource() throws NamingException {
    return (DataSource) new InitialContext().lookup(StartupCheck.DATA_SOURCE);
  }
}
