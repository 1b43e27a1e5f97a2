package org.pincite.service.received;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.received.ReceivedVolume;
import org.pincite.domain.received.ReceivedVolumeRepository;
import org.pincite.service.settings.StartupCheck;

/**
 * At start-up, checks the volumes still being checked and commits again those whose commit the stop
 * cut off (rolled back whole by the database, so they start from nothing).
 */
@Singleton
@Startup
@DependsOn({"SchemaStartup", "OriginalsReconciliation"})
public class VolumeResume {
  private static final Logger LOG = Logger.getLogger(VolumeResume.class.getName());

  @Inject ReceivedVolumeRepository volumes;
  @Inject VolumeJobs jobs;
  @EJB StartupCheck startup;

  @PostConstruct
  void resume() {
    if (!startup.passed()) {
      return;
    }
    List<ReceivedVolume> checking = volumes.findByStatus(ImportStatus.VALIDATING);
    List<ReceivedVolume> committing = volumes.findByStatus(ImportStatus.IMPORTING);
    checking.forEach(v -> jobs.validate(v.getId()));
    committing.forEach(v -> jobs.commit(v.getId()));
    if (!checking.isEmpty() || !committing.isEmpty()) {
      LOG.info(
          () ->
              "Resumed "
                  + checking.size()
                  + " received volumes being checked and "
                  + committing.size()
                  + " being committed");
    }
  }
}
