package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.MatterService;
import org.pincite.service.MatterService.NewParty;
import org.pincite.service.view.MatterSummary;

/** matters.xhtml: the list of matters, and opening a new one (administrators). */
@Named
@RequestScoped
public class MattersBacking {
  @Inject MatterService matterService;

  private List<MatterSummary> matters;
  private String caption;
  private String court;
  private String docketNumber;
  private LocalDate filedOn;
  private String plaintiffs;
  private String defendants;

  public List<MatterSummary> getMatters() {
    if (matters == null) {
      matters = matterService.listMatters();
    }
    return matters;
  }

  /** Opens the matter and goes to its page; a broken rule stays on this page with its message. */
  public String open() {
    List<NewParty> parties = new ArrayList<>();
    lines(plaintiffs).forEach(name -> parties.add(new NewParty(name, PartyRole.PLAINTIFF)));
    lines(defendants).forEach(name -> parties.add(new NewParty(name, PartyRole.DEFENDANT)));
    try {
      MatterSummary opened = matterService.open(caption, court, docketNumber, filedOn, parties);
      return "/matter?faces-redirect=true&id=" + opened.id();
    } catch (DomainRuleViolation e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public String getDocketNumber() {
    return docketNumber;
  }

  public void setDocketNumber(String docketNumber) {
    this.docketNumber = docketNumber;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public void setFiledOn(LocalDate filedOn) {
    this.filedOn = filedOn;
  }

  public String getPlaintiffs() {
    return plaintiffs;
  }

  public void setPlaintiffs(String plaintiffs) {
    this.plaintiffs = plaintiffs;
  }

  public String getDefendants() {
    return defendants;
  }

  public void setDefendants(String defendants) {
    this.defendants = defendants;
  }
}
