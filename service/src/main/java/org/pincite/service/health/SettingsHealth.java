package org.pincite.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pincite.service.settings.StartupCheck;

/** DOWN, with the reason the log gives, when a setting failed its start-up check. */
@Readiness
@ApplicationScoped
public class SettingsHealth implements HealthCheck {
  static final String NAME = "settings";

  @Inject StartupCheck startup;

  @Override
  public HealthCheckResponse call() {
    return startup
        .failure()
        .map(reason -> HealthCheckResponse.named(NAME).down().withData("reason", reason).build())
        .orElseGet(() -> HealthCheckResponse.up(NAME));
  }

  /** The same DOWN answer for a check that cannot run because Pincite did not start. */
  static HealthCheckResponse notStarted(String name, String reason) {
    return HealthCheckResponse.named(name).down().withData("reason", reason).build();
  }
}
