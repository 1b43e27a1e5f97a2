package org.pincite.service.ingest;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reading text happens in the background, never in the upload request: a document is queued once
 * the transaction that recorded it commits, and runs on the server's managed executor for
 * extraction (two at a time, see server.xml). A password given for a retry is kept in memory only,
 * for that one run.
 */
@ApplicationScoped
public class ExtractionQueue {
  private static final Logger LOG = Logger.getLogger(ExtractionQueue.class.getName());

  @Resource(lookup = "concurrent/extraction")
  ManagedExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  @EJB ExtractionWorker worker;

  private final Map<Long, String> passwords = new ConcurrentHashMap<>();

  /** Queues the document when the current transaction commits (at once, outside one). */
  public void afterCommit(long documentId) {
    if (transactions.getTransactionKey() == null) {
      submit(documentId);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              submit(documentId);
            }
          }
        });
  }

  public void rememberPassword(long documentId, String password) {
    passwords.put(documentId, password);
  }

  String takePassword(long documentId) {
    return passwords.remove(documentId);
  }

  private void submit(long documentId) {
    executor.submit(
        () -> {
          try {
            worker.run(documentId);
          } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Extraction of document " + documentId + " stopped", e);
          }
        });
  }
}
