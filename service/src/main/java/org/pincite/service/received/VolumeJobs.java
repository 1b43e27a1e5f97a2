package org.pincite.service.received;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.domain.shared.DomainRuleViolation;

/**
 * Checking and committing received volumes in the background, each once the transaction that asked
 * for it commits, on the server's default managed executor. A commit that fails is rolled back
 * whole; the volume then says why. How far a running commit is lives here, in memory.
 */
@ApplicationScoped
public class VolumeJobs {
  private static final Logger LOG = Logger.getLogger(VolumeJobs.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  @EJB VolumeWork work;
  @Inject VolumeArchives archives;

  private final Map<Long, Integer> done = new ConcurrentHashMap<>();

  void validate(long volumeId) {
    afterCommit(() -> work.validate(volumeId));
  }

  void commit(long volumeId) {
    afterCommit(() -> run(volumeId));
  }

  void removeArchive(long volumeId) {
    afterCommit(() -> archives.remove(volumeId));
  }

  private void run(long volumeId) {
    done.put(volumeId, 0);
    try {
      if (work.importVolume(volumeId)) {
        archives.remove(volumeId);
      }
    } catch (RuntimeException e) {
      String reason = reason(e);
      LOG.log(Level.WARNING, "The commit of volume " + volumeId + " failed: " + reason, e);
      work.failImport(volumeId, reason + ". Nothing of the volume was stored.");
      archives.remove(volumeId); // a failed volume is uploaded again, never committed again
    } finally {
      done.remove(volumeId);
    }
  }

  /** One more document of the volume stored (seen by pages while the commit runs). */
  void stored(long volumeId) {
    done.merge(volumeId, 1, Integer::sum);
  }

  Integer done(long volumeId) {
    return done.get(volumeId);
  }

  /** The words of what went wrong: a rule's own message, else the deepest cause's. */
  private static String reason(Throwable e) {
    Throwable deepest = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainRuleViolation || t instanceof java.io.IOException) {
        return t.getMessage();
      }
      deepest = t;
    }
    return e instanceof EJBException && deepest != e
        ? String.valueOf(deepest)
        : String.valueOf(e.getMessage());
  }

  private void afterCommit(Runnable job) {
    if (transactions.getTransactionKey() == null) {
      executor.execute(job);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(job);
            }
          }
        });
  }
}
