package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.domain.user.Role;
import org.pincite.service.chronology.Chronology;
import org.pincite.service.chronology.ChronologyBuilder;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.security.MatterAccess;

/** The matter's chronology (dated documents and marked passages), for members of the matter. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class ChronologyService {
  @PersistenceContext(unitName = "pincite")
  EntityManager em;

  @Inject MatterRepository matters;
  @Inject ClaimRepository claims;
  @Inject MatterAccess access;

  /**
   * {@code claimId} (with its elements and allegations) and {@code stance} narrow it; null for any.
   */
  public Chronology chronology(long matterId, Long claimId, Stance stance) {
    Matter matter = visibleMatter(matterId);
    Claim claim =
        claimId == null
            ? null
            : claims
                .find(claimId)
                .filter(c -> c.getMatter().equals(matter))
                .orElseThrow(() -> new NotFoundException("claim", claimId));
    return new ChronologyBuilder(em).build(matterId, claim, stance);
  }

  /** The matter's claims by id, labelled, for the claim filter. */
  public Map<Long, String> claims(long matterId) {
    visibleMatter(matterId);
    return new ChronologyBuilder(em).claimLabels(matterId);
  }

  private Matter visibleMatter(long matterId) {
    Matter matter =
        matters.find(matterId).orElseThrow(() -> new NotFoundException("matter", matterId));
    access.checkVisible(matter, "matter", matterId);
    return matter;
  }
}
