package org.pincite.service.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in caller. Changes made without one (start-up, the demo
 * loader, tests outside the server) are the system's.
 */
public class AuditRevisionListener implements RevisionListener {
  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).setUsername(caller());
  }

  private static String caller() {
    try {
      Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException e) {
      return SYSTEM; // no container (tests outside the server)
    }
  }
}
