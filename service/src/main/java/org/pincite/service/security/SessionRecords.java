package org.pincite.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.settings.StartupCheck;

/**
 * At start-up, ends the sessions the sign-in records still call open: no session outlives the
 * server, so those are of a server that stopped (or died) with them open.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class SessionRecords {
  private static final Logger LOG = Logger.getLogger(SessionRecords.class.getName());

  @EJB StartupCheck startup;
  @Inject UserRepository users;

  @PostConstruct
  void endLeftovers() {
    if (!startup.passed()) {
      return;
    }
    int ended = users.endEverySession();
    if (ended > 0) {
      LOG.info("Marked " + ended + " sessions of the last run as ended");
    }
  }
}
