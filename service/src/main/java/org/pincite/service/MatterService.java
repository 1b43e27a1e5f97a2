package org.pincite.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.service.view.ClaimNode;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.MatterSummary;
import org.pincite.service.view.PartyView;

/** Reading matters: the list of matters and one matter with its parties, claims and documents. */
@Stateless
public class MatterService {
  @Inject MatterRepository matters;
  @Inject ClaimRepository claims;
  @Inject DocumentRepository documents;

  public List<MatterSummary> listMatters() {
    return matters.findAll().stream().map(MatterSummary::of).toList();
  }

  public MatterDetail matter(long matterId) {
    Matter m = matters.find(matterId).orElseThrow(() -> new NotFoundException("matter", matterId));
    return new MatterDetail(
        m.getId(),
        m.getCaption(),
        m.getDocketNumber(),
        m.getCourt(),
        m.getFiledOn(),
        m.getParties().stream().map(PartyView::of).toList(),
        claims.findTopLevel(matterId).stream().map(ClaimNode::of).toList(),
        documents.findByMatter(matterId).stream().map(DocumentRow::of).toList());
  }
}
