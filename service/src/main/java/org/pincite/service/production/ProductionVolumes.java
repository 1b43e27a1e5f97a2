package org.pincite.service.production;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.pincite.service.settings.PinciteSettings;

/**
 * Where the volumes of productions are kept: {@code productions/<id>.zip} under the data directory
 * (not in the originals store, which keeps only what documents hold).
 */
@ApplicationScoped
public class ProductionVolumes {
  @Inject PinciteSettings settings;

  protected ProductionVolumes() {}

  public ProductionVolumes(PinciteSettings settings) {
    this.settings = settings;
  }

  public Path folder() {
    return settings.dataDirectory().resolve("productions");
  }

  public Path volumeOf(long productionId) {
    return folder().resolve(productionId + ".zip");
  }
}
