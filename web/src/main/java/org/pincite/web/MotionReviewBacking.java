package org.pincite.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pincite.service.FactService;
import org.pincite.service.MatterService;
import org.pincite.service.statement.Conflict;
import org.pincite.service.statement.Unproven;
import org.pincite.service.view.PartyView;

/**
 * The motion-review panel (WEB-INF/includes/motion-review.xhtml, on the claims page): what the
 * chosen moving party has not yet proven, and the conflicting marks. Each list is read once per
 * view and party.
 */
@Named
@ViewScoped
public class MotionReviewBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FactService factService;
  @Inject MatterService matterService;

  private Long partyId;
  private List<PartyView> parties;
  private List<Conflict> conflicts;
  private Long unprovenFor;
  private List<Unproven> unproven;

  public List<PartyView> parties(long matterId) {
    if (parties == null) {
      parties = matterService.parties(matterId);
    }
    return parties;
  }

  public List<Unproven> unproven(long matterId) {
    if (partyId == null) {
      return List.of();
    }
    if (!partyId.equals(unprovenFor)) {
      unproven = factService.unproven(matterId, partyId);
      unprovenFor = partyId;
    }
    return unproven;
  }

  public List<Conflict> conflicts(long matterId) {
    if (conflicts == null) {
      conflicts = factService.conflicts(matterId);
    }
    return conflicts;
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }
}
