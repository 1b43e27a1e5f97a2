package org.pincite.service.production;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.pincite.domain.production.Production;
import org.pincite.domain.production.ProductionRepository;
import org.pincite.service.settings.StartupCheck;

/** At start-up, runs again the productions that were running when the server stopped. */
@Singleton
@Startup
@DependsOn({"SchemaStartup", "OriginalsReconciliation"})
public class ProductionResume {
  @Inject ProductionRepository productions;
  @Inject ProductionQueue queue;
  @EJB StartupCheck startup;

  @PostConstruct
  void resume() {
    if (!startup.passed()) {
      return;
    }
    for (Production p : productions.findRunning()) {
      queue.afterCommit(p.getId());
    }
  }
}
