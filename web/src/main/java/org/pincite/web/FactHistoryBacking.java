package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pincite.service.FactService;
import org.pincite.service.HistoryService;
import org.pincite.service.view.FactView;
import org.pincite.service.view.RevisionView;

/** fact-history.xhtml: the audit history of one fact (read only). */
@Named
@RequestScoped
public class FactHistoryBacking {
  @Inject HistoryService historyService;
  @Inject FactService factService;

  private Long factId;
  private FactView fact;
  private List<RevisionView> revisions;

  public void load() {
    if (factId == null) {
      return;
    }
    // A fact that is not there, or of another matter, answers the 404 page (PageExceptionHandler).
    fact = factService.get(factId);
    revisions = historyService.ofFact(factId);
  }

  public Long getFactId() {
    return factId;
  }

  public void setFactId(Long factId) {
    this.factId = factId;
  }

  public FactView getFact() {
    return fact;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }
}
