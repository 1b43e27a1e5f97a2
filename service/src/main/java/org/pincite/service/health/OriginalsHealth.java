package org.pincite.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Path root = originals.root();
    // The store makes its directory on the first upload; until then its parent must be writable.
    Path writable = Files.isDirectory(root) ? root : root.getParent();
    boolean up = writable != null && Files.isDirectory(writable) && Files.isWritable(writable);
    var response =
        HealthCheckResponse.named(NAME).status(up).withData("directory", root.toString());
    if (up) {
      response.withData("freeBytes", writable.toFile().getUsableSpace());
    } else {
      response.withData("reason", writable + " is not a directory Pincite can write to");
    }
    return response.build();
  }
}
