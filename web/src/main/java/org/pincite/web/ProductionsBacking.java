package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.MatterService;
import org.pincite.service.ProductionService;
import org.pincite.service.command.NewProduction;
import org.pincite.service.view.ClaimNode;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.ProductionView;

/**
 * productions.xhtml: a matter's productions, and making one: documents chosen by hand or all those
 * marked for a claim, the first Bates number, each document's endorsement, the documents withheld
 * as privileged, the numbering previewed, the run followed as it goes and the volume downloaded.
 */
@Named
@ViewScoped
public class ProductionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MatterService matterService;
  @Inject ProductionService productionService;

  private Long matterId;
  private MatterDetail matter;
  private List<Choice> choices;
  private List<ProductionView> productions;
  private ProductionView preview;
  private ProductionView current;
  private Long claimId;
  private String name;
  private String prefix = "";
  private long startNumber = 1;
  private int padding = 7;
  private String images = "pdf";

  /** One document of the matter as the form offers it. */
  public static final class Choice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DocumentRow document;
    private boolean included;
    private String endorsement = "";
    private boolean withheld;
    private String privilege = "Attorney-Client Privilege";
    private String description = "";

    Choice(DocumentRow document) {
      this.document = document;
    }

    public DocumentRow getDocument() {
      return document;
    }

    public boolean isIncluded() {
      return included;
    }

    public void setIncluded(boolean included) {
      this.included = included;
    }

    public String getEndorsement() {
      return endorsement;
    }

    public void setEndorsement(String endorsement) {
      this.endorsement = endorsement;
    }

    public boolean isWithheld() {
      return withheld;
    }

    public void setWithheld(boolean withheld) {
      this.withheld = withheld;
    }

    public String getPrivilege() {
      return privilege;
    }

    public void setPrivilege(String privilege) {
      this.privilege = privilege;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.matter(matterId);
    choices = new ArrayList<>();
    matter.documents().forEach(d -> choices.add(new Choice(d)));
    productions = productionService.productions(matterId);
  }

  /** Ticks every document marked for the chosen claim (or below it). */
  public void includeMarkedForClaim() {
    if (claimId == null) {
      error("Choose a claim first");
      return;
    }
    Set<Long> marked = new HashSet<>(productionService.documentsMarkedFor(matterId, claimId));
    int n = 0;
    for (Choice c : choices) {
      if (marked.contains(c.document.id()) && !c.included) {
        c.included = true;
        n++;
      }
    }
    info(n + (n == 1 ? " document" : " documents") + " marked for the claim added");
  }

  public void preview() {
    try {
      preview = productionService.preview(matterId, command());
    } catch (DomainRuleViolation e) {
      preview = null;
      error(e.getMessage());
    }
  }

  /** Drafts the production and runs it; the page then follows its progress. */
  public void produce() {
    try {
      ProductionView made = productionService.create(matterId, command());
      current = productionService.run(made.id());
      preview = null;
      productions = productionService.productions(matterId);
      info("The production '" + current.name() + "' is running");
    } catch (DomainRuleViolation e) {
      error(e.getMessage());
    }
  }

  /** Called by the poll while a production runs. */
  public void refresh() {
    if (current != null) {
      current = productionService.production(current.id());
    }
    productions = productionService.productions(matterId);
  }

  public boolean isRunning() {
    return productions != null && productions.stream().anyMatch(p -> p.status().equals("RUNNING"));
  }

  private NewProduction command() {
    List<Long> ids = new ArrayList<>();
    Map<Long, String> endorsements = new LinkedHashMap<>();
    List<NewProduction.Withheld> withheld = new ArrayList<>();
    for (Choice c : choices) {
      if (!c.included) {
        continue;
      }
      ids.add(c.document.id());
      if (c.endorsement != null && !c.endorsement.isBlank()) {
        endorsements.put(c.document.id(), c.endorsement);
      }
      if (c.withheld) {
        withheld.add(new NewProduction.Withheld(c.document.id(), c.privilege, c.description));
      }
    }
    return new NewProduction(
        name, prefix, startNumber, padding, ids, endorsements, withheld, images);
  }

  /** The designations to choose from, by their labels. */
  public List<String> getEndorsements() {
    List<String> labels = new ArrayList<>();
    for (Confidentiality c : Confidentiality.values()) {
      labels.add(c.label());
    }
    return labels;
  }

  /** Every claim of the matter, elements below their counts, for the claim chooser. */
  public List<ClaimNode> getClaims() {
    List<ClaimNode> all = new ArrayList<>();
    matter.claims().forEach(c -> flatten(c, all));
    return all;
  }

  private static void flatten(ClaimNode node, List<ClaimNode> into) {
    into.add(node);
    node.children().forEach(c -> flatten(c, into));
  }

  public String volumeUrl(long productionId) {
    return "api/productions/" + productionId + "/volume";
  }

  public String logUrl(long productionId, String format) {
    return "api/productions/" + productionId + "/privilege-log?format=" + format;
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public MatterDetail getMatter() {
    return matter;
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public List<ProductionView> getProductions() {
    return productions;
  }

  public ProductionView getPreview() {
    return preview;
  }

  public ProductionView getCurrent() {
    return current;
  }

  public Long getClaimId() {
    return claimId;
  }

  public void setClaimId(Long claimId) {
    this.claimId = claimId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public long getStartNumber() {
    return startNumber;
  }

  public void setStartNumber(long startNumber) {
    this.startNumber = startNumber;
  }

  public int getPadding() {
    return padding;
  }

  public void setPadding(int padding) {
    this.padding = padding;
  }

  public String getImages() {
    return images;
  }

  public void setImages(String images) {
    this.images = images;
  }
}
