package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pincite.service.MatterService;
import org.pincite.service.view.MatterSummary;

/** matters.xhtml: the list of matters. */
@Named
@RequestScoped
public class MattersBacking {
  @Inject MatterService matterService;

  private List<MatterSummary> matters;

  public List<MatterSummary> getMatters() {
    if (matters == null) {
      matters = matterService.listMatters();
    }
    return matters;
  }
}
