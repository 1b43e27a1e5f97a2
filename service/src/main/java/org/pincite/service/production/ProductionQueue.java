package org.pincite.service.production;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs productions in the background, never in the request that asked: a production is handed to
 * the server's managed executor for productions (one at a time, see server.xml) once the
 * transaction that started it commits.
 */
@ApplicationScoped
public class ProductionQueue {
  private static final Logger LOG = Logger.getLogger(ProductionQueue.class.getName());

  @Resource(lookup = "concurrent/production")
  ManagedExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  @EJB ProductionWorker worker;

  /** Runs the production when the current transaction commits (at once, outside one). */
  public void afterCommit(long productionId) {
    if (transactions.getTransactionKey() == null) {
      submit(productionId);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              submit(productionId);
            }
          }
        });
  }

  private void submit(long productionId) {
    executor.submit(
        () -> {
          try {
            worker.run(productionId);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Production " + productionId + " stopped", e);
          }
        });
  }
}
