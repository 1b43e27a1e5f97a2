package org.pincite.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: DOWN when a heap pool is still more than 95% full right after a garbage collection (the
 * server would answer little but OutOfMemoryErrors and is better restarted); UP otherwise, with the
 * heap in use.
 */
@Liveness
@ApplicationScoped
public class MemoryHealth implements HealthCheck {
  static final String NAME = "memory";
  static final double MAX_USED_AFTER_COLLECTION = 0.95;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named(NAME).up();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP
          && afterCollection != null
          && afterCollection.getMax() > 0
          && afterCollection.getUsed() > MAX_USED_AFTER_COLLECTION * afterCollection.getMax()) {
        response.down().withData("reason", pool.getName() + " is full even after collection");
      }
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return response
        .withData("heapUsedBytes", heap.getUsed())
        .withData("heapMaxBytes", heap.getMax())
        .build();
  }
}
