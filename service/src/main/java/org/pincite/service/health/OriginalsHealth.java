package org.pincite.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pincite.service.settings.StartupCheck;
import org.pincite.service.store.OriginalStore;

/** UP when the originals directory exists and can be written, with its path and free space. */
@Readiness
@ApplicationScoped
public class OriginalsHealth implements HealthCheck {
  static final String NAME = "originals";

  @Inject StartupCheck startup;
  @Inject OriginalStore originals;

  @Override
  public HealthCheckResponse call() {
    if (!startup.passed()) {
      return SettingsHealth.notStarted(NAME, startup.failure().orElseThrow());
    }
    OriginalStore.Status status = originals.status();
    var response = HealthCheckResponse.named(NAME).status(status.up());
    status
        .data()
        .forEach(
            (key, value) -> {
              if (value instanceof Number n) {
                response.withData(key, n.longValue());
              } else {
                response.withData(key, String.valueOf(value));
              }
            });
    return response.build();
  }
}
