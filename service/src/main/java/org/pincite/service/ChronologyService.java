package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.Role;
import org.pincite.service.chronology.Chronology;
import org.pincite.service.chronology.ChronologyBuilder;
import org.pincite.service.security.MatterAccess;

/** The matter's chronology (dated documents and marked passages), for members of the matter. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class ChronologyService {
  @Inject MatterAccess access;
  @Inject ChronologyBuilder builder;

  /**
   * {@code claimId} (with its elements and allegations) and {@code stance} narrow it; null for any.
   */
  public Chronology chronology(long matterId, Long claimId, Stance stance) {
    Matter matter = access.visibleMatter(matterId);
    Claim claim = claimId == null ? null : access.claimOf(matter, claimId);
    return builder.build(matterId, claim, stance);
  }

  /** The matter's claims by id, labelled, for the claim filter. */
  public Map<Long, String> claims(long matterId) {
    access.visibleMatter(matterId);
    return builder.claimLabels(matterId);
  }
}
