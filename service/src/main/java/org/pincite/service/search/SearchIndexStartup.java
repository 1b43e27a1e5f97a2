package org.pincite.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.StartupCheck;

/**
 * At start-up, rebuilds the search index when it is empty but the database is not (a new data
 * directory, or an index deleted on purpose), or when the server did not close the embedded index
 * the last time (killed, or stopped during a rebuild: Lucene keeps only what it committed, up to a
 * second behind the database), in the background so that the server is up at once. The file {@code
 * index.unclosed} in the data directory says the embedded index is in use; a clean stop removes it.
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

  @Inject PinciteSettings settings;

  @PostConstruct
  void rebuildIfEmpty() {
    if (!startup.passed()) {
      return;
    }
    boolean unclosed = settings.embeddedSearchIndex() && Files.exists(unclosedMarker());
    if (settings.embeddedSearchIndex()) {
      try {
        Files.createDirectories(settings.dataDirectory());
        Files.writeString(unclosedMarker(), "the embedded search index is open\n");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not mark the search index as open", e);
      }
    }
    if (!unclosed && !indexer.needsRebuild()) {
      return;
    }
    LOG.info(
        unclosed
            ? "The search index was not closed when the server last stopped (a crash?): rebuilding"
                + " it from the database in the background"
            : "The search index is empty: building it from the database in the background");
    executor.submit(
        () -> {
          try {
            long start = System.nanoTime();
            int count = indexer.rebuildAll(unclosed);
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

  /** A clean stop: the index is complete, unless a rebuild was still going on. */
  @PreDestroy
  void closed() {
    if (settings.embeddedSearchIndex() && !SearchIndexer.rebuilding()) {
      try {
        Files.deleteIfExists(unclosedMarker());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not mark the search index as closed", e);
      }
    }
  }

  private Path unclosedMarker() {
    return settings.dataDirectory().resolve("index.unclosed");
  }
}
