package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.DocumentListQuery;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentSlice;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.view.ClaimNode;
import org.pincite.service.view.DocumentListPage;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.MatterSummary;
import org.pincite.service.view.PartyView;

/** Reading matters: the list of matters and one matter with its parties, claims and documents. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class MatterService {
  @Inject MatterRepository matters;
  @Inject ClaimRepository claims;
  @Inject DocumentRepository documents;
  @Inject MatterAccess access;

  /** A party as a new matter lists it. */
  public record NewParty(String name, PartyRole role) {}

  /**
   * Opens a new matter (administrators only). The docket number must be new: it is how the firm and
   * the court name the case.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public MatterSummary open(
      String caption,
      String court,
      String docketNumber,
      LocalDate filedOn,
      List<NewParty> parties) {
    access.requireEveryMatter();
    Matter matter = new Matter(caption, court, docketNumber, filedOn);
    if (matters.findByDocketNumber(matter.getDocketNumber()).isPresent()) {
      throw new DomainRuleViolation(
          "There is already a matter with docket number " + matter.getDocketNumber());
    }
    for (NewParty party : parties == null ? List.<NewParty>of() : parties) {
      matter.addParty(party.name(), party.role());
    }
    return MatterSummary.of(matters.add(matter));
  }

  /** The matters the caller is on (every matter, for an administrator). */
  public List<MatterSummary> listMatters() {
    User caller = access.caller();
    List<Matter> visible =
        caller.getRole().seesEveryMatter()
            ? matters.findAll()
            : matters.findByMember(caller.getUsername());
    return visible.stream().filter(access::withinToken).map(MatterSummary::of).toList();
  }

  /** The matter's documents only, for refreshing their status often and cheaply. */
  public List<DocumentRow> documents(long matterId) {
    access.visibleMatter(matterId);
    return documents.findByMatter(matterId).stream().map(DocumentRow::of).toList();
  }

  /**
   * One page of the matter's document list, filtered, searched and sorted in the database; {@code
   * first} and {@code max} count families (an email with its attachments is one).
   */
  public DocumentListPage documentList(long matterId, DocumentListQuery query, int first, int max) {
    access.visibleMatter(matterId);
    DocumentSlice slice =
        documents.list(matterId, query, Math.max(0, first), Math.max(1, Math.min(max, 500)));
    return new DocumentListPage(
        slice.documents().stream().map(DocumentRow::of).toList(), slice.families());
  }

  /** The matter with its parties and claims, without its (perhaps 10,000) documents. */
  public MatterDetail overview(long matterId) {
    return detail(access.visibleMatter(matterId), List.of());
  }

  public MatterDetail matter(long matterId) {
    Matter m = access.visibleMatter(matterId);
    return detail(m, documents.findByMatter(matterId).stream().map(DocumentRow::of).toList());
  }

  private MatterDetail detail(Matter m, List<DocumentRow> rows) {
    return new MatterDetail(
        m.getId(),
        m.getCaption(),
        m.getDocketNumber(),
        m.getCourt(),
        m.getFiledOn(),
        m.getParties().stream().map(PartyView::of).toList(),
        claims.findTopLevel(m.getId()).stream().map(ClaimNode::of).toList(),
        rows);
  }

  /** The matter's caption and numbers, without its documents: for pages about one part of it. */
  public MatterSummary summary(long matterId) {
    Matter m = access.visibleMatter(matterId);
    return MatterSummary.of(m);
  }

  public List<PartyView> parties(long matterId) {
    Matter m = access.visibleMatter(matterId);
    return m.getParties().stream().map(PartyView::of).toList();
  }
}
