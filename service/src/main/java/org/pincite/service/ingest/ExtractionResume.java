package org.pincite.service.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.service.settings.StartupCheck;

/** At start-up, queues the documents whose text was still to be read when the server stopped. */
@Singleton
@Startup
// After the originals were reconciled: reading may store attachments, which must not be set aside.
@DependsOn({"SchemaStartup", "OriginalsReconciliation"})
public class ExtractionResume {
  private static final Logger LOG = Logger.getLogger(ExtractionResume.class.getName());

  @Inject DocumentRepository documents;
  @Inject ExtractionQueue queue;
  @EJB StartupCheck startup;

  @PostConstruct
  void resume() {
    if (!startup.passed()) {
      return;
    }
    List<Long> pending = documents.findPendingIds();
    for (long id : pending) {
      documents.find(id).ifPresent(d -> queue.afterCommit(d.getMatter().getId(), id));
    }
    if (!pending.isEmpty()) {
      LOG.info(() -> "Resumed reading " + pending.size() + " documents left pending");
    }
  }
}
