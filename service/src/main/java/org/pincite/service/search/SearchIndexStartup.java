package org.pincite.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.service.settings.StartupCheck;

/**
 * At start-up, rebuilds the search index when it is empty but the database is not (a new data
 * directory, or an index deleted on purpose), in the background so that the server is up at once.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {
  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  @EJB SearchIndexer indexer;
  @EJB StartupCheck startup;

  @Resource ManagedExecutorService executor;

  @PostConstruct
  void rebuildIfEmpty() {
    if (!startup.passed()) {
      return;
    }
    if (!indexer.needsRebuild()) {
      return;
    }
    LOG.info("The search index is empty: building it from the database in the background");
    executor.submit(
        () -> {
          try {
            long start = System.nanoTime();
            int count = indexer.rebuildAll(false);
            LOG.info(
                () ->
                    "Built the search index: "
                        + count
                        + " pages and notes in "
                        + (System.nanoTime() - start) / 1_000_000
                        + " ms");
          } catch (RuntimeException e) {
            LOG.log(
                Level.SEVERE,
                "Building the search index failed; an administrator can retry with POST /api/search/reindex",
                e);
          }
        });
  }
}
