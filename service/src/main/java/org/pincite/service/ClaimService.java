package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.service.report.EvidenceArithmetic;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.view.ClaimPassage;
import org.pincite.service.view.ClaimRow;

/**
 * The matter's claims tree: reading it with how much evidence each claim has, and drafting it (new
 * counts, defences, elements and allegations; wording; order; nesting). Viewers read only.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class ClaimService {
  @Inject ClaimRepository claims;
  @Inject AnnotationRepository annotations;
  @Inject org.pincite.domain.fact.FactRepository facts;
  @Inject MatterAccess access;
  @Inject org.pincite.service.report.ReportAssembler reports;

  /** Every claim of the matter, depth first in order, with its passages counted per stance. */
  public List<ClaimRow> tree(long matterId) {
    access.visibleMatter(matterId);
    EvidenceArithmetic evidence =
        EvidenceArithmetic.of(claims.findAllOfMatter(matterId), annotations.findByMatter(matterId));
    List<ClaimRow> rows = new ArrayList<>();
    addRows(claims.findTopLevel(matterId), 0, evidence, rows);
    return rows;
  }

  private static void addRows(
      List<Claim> siblings, int depth, EvidenceArithmetic evidence, List<ClaimRow> rows) {
    for (int i = 0; i < siblings.size(); i++) {
      Claim c = siblings.get(i);
      EvidenceArithmetic.ClaimEvidence n = evidence.of(c.getId());
      rows.add(
          new ClaimRow(
              c.getId(),
              c.getParent().map(Claim::getId).orElse(null),
              depth,
              c.getKind(),
              c.getLabel(),
              c.getText(),
              c.getAssertedBy().getName(),
              i == 0,
              i == siblings.size() - 1,
              n.own().supporting(),
              n.own().refuting(),
              n.own().context(),
              n.withElements().supporting(),
              n.withElements().refuting(),
              n.withElements().context(),
              n.gap()));
      addRows(c.getChildren(), depth + 1, evidence, rows);
    }
  }

  /**
   * The passages marked for one claim of the matter and for every claim below it (each once), with
   * their documents.
   */
  public List<ClaimPassage> passagesWithElements(long matterId, long claimId) {
    Claim claim = access.claimOf(access.visibleMatter(matterId), claimId);
    List<Long> ids = claim.selfAndDescendants().stream().map(Claim::getId).toList();
    return ClaimPassage.all(annotations.findByClaims(ids), reports.passageCites()::of);
  }

  /** The passages marked for one claim of the matter, with their documents. */
  public List<ClaimPassage> passages(long matterId, long claimId) {
    access.claimOf(access.visibleMatter(matterId), claimId);
    return ClaimPassage.all(annotations.findByClaim(claimId), reports.passageCites()::of);
  }

  /** A new count or defence at the end of the matter's list, asserted by one of its parties. */
  public long addTopLevel(long matterId, ClaimKind kind, long partyId, String label, String text) {
    Matter matter = access.editableMatter(matterId);
    Party party =
        matter.getParties().stream()
            .filter(p -> p.getId() == partyId)
            .findFirst()
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "Party " + partyId + " is not a party to " + matter.getDocketNumber()));
    int position =
        claims.findTopLevel(matterId).stream().mapToInt(Claim::getPosition).max().orElse(-1) + 1;
    return claims.add(Claim.topLevel(kind, party, label, text, position)).getId();
  }

  /** A new element or allegation below a claim, after its siblings. */
  public long addChild(long parentId, ClaimKind kind, String label, String text) {
    Claim parent = access.editableClaim(parentId);
    return claims.add(parent.addChild(kind, label, text)).getId();
  }

  public void rewrite(long claimId, String label, String text) {
    access.editableClaim(claimId).rewrite(label, text);
  }

  /** Moves the claim one place up ({@code -1}) or down ({@code +1}) among its siblings. */
  public void move(long claimId, int direction) {
    Claim claim = access.editableClaim(claimId);
    List<Claim> siblings =
        claim
            .getParent()
            .map(Claim::getChildren)
            .orElseGet(() -> claims.findTopLevel(claim.getMatter().getId()));
    int at = siblings.indexOf(claim);
    int to = at + Integer.signum(direction);
    if (at < 0 || to < 0 || to >= siblings.size()) {
      throw new DomainRuleViolation(
          "'"
              + claim.getLabel()
              + "' is already "
              + (direction < 0 ? "first" : "last")
              + " in its list");
    }
    claim.swapPlaceWith(siblings.get(to));
  }

  /** Nests an element or allegation under another claim of the same matter. */
  public void moveUnder(long claimId, long newParentId) {
    Claim claim = access.editableClaim(claimId);
    Claim parent =
        claims
            .find(newParentId)
            .filter(p -> p.getMatter().equals(claim.getMatter()))
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "Claim " + newParentId + " is not a claim of this matter"));
    claim.moveUnder(parent);
  }

  /**
   * Drafts a claim as the claims page does: with no parent, a count or defence asserted by one of
   * the matter's parties; with a parent of the same matter, an element or allegation below it.
   */
  public long draft(
      long matterId, ClaimKind kind, String label, String text, Long partyId, Long parentId) {
    if (parentId == null) {
      if (partyId == null) {
        throw new DomainRuleViolation(
            "A count or defence needs the party who asserts it (assertedByPartyId)");
      }
      return addTopLevel(matterId, kind, partyId, label, text);
    }
    Claim parent = access.claimOf(access.editableMatter(matterId), parentId);
    return claims.add(parent.addChild(kind, label, text)).getId();
  }

  /**
   * Changes a claim's wording and, when {@code parentId} names another claim than its parent, nests
   * it there: the claims page's edits in one call.
   */
  public void revise(long claimId, String label, String text, Long parentId) {
    Claim claim = access.editableClaim(claimId);
    claim.rewrite(label, text);
    Long current = claim.getParent().map(Claim::getId).orElse(null);
    if (parentId != null && !parentId.equals(current)) {
      moveUnder(claimId, parentId);
    }
  }

  /**
   * Removes a claim that nothing depends on: refused while elements stand below it or passages are
   * marked for it, so no reviewer's work is lost with it. The audit trail keeps what it held.
   */
  public void remove(long claimId) {
    Claim claim = access.editableClaim(claimId);
    int marked = annotations.findByClaim(claimId).size();
    if (marked > 0) {
      throw new DomainRuleViolation(
          "'"
              + claim.getLabel()
              + "' has "
              + marked
              + (marked == 1 ? " passage" : " passages")
              + " marked for it: unmark "
              + (marked == 1 ? "it" : "them")
              + " first");
    }
    int stated = facts.findByClaim(claimId).size();
    if (stated > 0) {
      throw new DomainRuleViolation(
          "'"
              + claim.getLabel()
              + "' has "
              + stated
              + (stated == 1 ? " fact" : " facts")
              + " bearing on it: take the claim off "
              + (stated == 1 ? "it" : "them")
              + " first");
    }
    claim.withdraw();
    claims.remove(claim);
  }
}
