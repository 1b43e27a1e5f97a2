package org.pincite.service.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.StartupCheck;
import org.pincite.service.store.OriginalStore;

/**
 * At start-up, before anything is uploaded or read, makes the originals on disk and the documents
 * in the database agree again after a crash: the parts of uploads cut off mid-write are removed, an
 * original no document holds (its upload was killed between the file and the commit, so it was
 * never answered) is moved aside into {@code unreferenced-originals/} beside the store, never
 * deleted, and a document whose original is missing is reported loudly.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class OriginalsReconciliation {
  private static final Logger LOG = Logger.getLogger(OriginalsReconciliation.class.getName());

  @Inject DocumentRepository documents;
  @Inject OriginalStore store;
  @Inject PinciteSettings settings;
  @EJB StartupCheck startup;

  private List<String> missing = List.of();

  @PostConstruct
  void reconcile() {
    if (!startup.passed()) {
      return;
    }
    try {
      int cleared = store.clearUnfinished();
      Set<String> held = documents.findOriginalHashes();
      List<String> unreferenced = new ArrayList<>();
      for (String sha256 : store.storedHashes()) {
        if (!held.remove(sha256)) {
          unreferenced.add(sha256);
        }
      }
      Path aside = settings.dataDirectory().resolve("unreferenced-originals");
      for (String sha256 : unreferenced) {
        store.setAside(sha256, aside);
      }
      missing = held.stream().sorted().toList();
      if (cleared > 0 || !unreferenced.isEmpty()) {
        LOG.info(
            () ->
                "Originals after the last stop: "
                    + cleared
                    + " unfinished uploads removed, "
                    + unreferenced.size()
                    + " originals no document holds moved to "
                    + aside);
      }
      if (!missing.isEmpty()) {
        LOG.severe(
            () ->
                missing.size()
                    + " documents' originals are missing from "
                    + store.location()
                    + " (restore them from a backup): "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size()))));
      }
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Could not compare the originals on disk with the database", e);
    }
  }

  /** The hashes of documents' originals that were not on disk at start-up. */
  public List<String> missing() {
    return missing;
  }
}
