package org.pincite.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Map;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.ChronologyService;
import org.pincite.service.ClaimService;
import org.pincite.service.MatterService;
import org.pincite.service.chronology.Chronology;
import org.pincite.service.chronology.ChronologyCsv;
import org.pincite.service.chronology.ChronologyPicture;
import org.pincite.service.text.ContentDisposition;
import org.pincite.service.view.ClaimRow;
import org.pincite.service.view.MatterSummary;

/**
 * chronology.xhtml ({@code ?matter=…}): the matter's dated documents and marked passages as a
 * timeline picture and a table, narrowed by claim and stance, exported as CSV.
 */
@Named
@ViewScoped
public class ChronologyBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ChronologyService chronologyService;
  @Inject MatterService matterService;
  @Inject ClaimService claimService;

  private Long matterId;
  private MatterSummary matter;
  private Map<Long, String> claims;
  private Long claim;
  private Stance stance;
  private Chronology chronology;

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.summary(matterId);
    // The claim filter lists the claims in tree order, elements indented under their count.
    claims = new java.util.LinkedHashMap<>();
    for (ClaimRow c : claimService.tree(matterId)) {
      claims.put(c.id(), "\u2003".repeat(c.depth()) + c.kind().label() + ": " + c.label());
    }
    refresh();
  }

  public void refresh() {
    chronology = chronologyService.chronology(matterId, claim, stance);
  }

  /** The timeline as SVG markup; every text in it is escaped by ChronologyPicture. */
  public String getPicture() {
    return chronology == null ? "" : ChronologyPicture.svg(chronology);
  }

  /** Sends the chronology, as filtered, as a CSV download. */
  public void exportCsv() throws IOException {
    refresh();
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    byte[] csv = ChronologyCsv.write(chronology);
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseContentLength(csv.length);
    external.setResponseHeader(
        "Content-Disposition", ContentDisposition.attachment(ChronologyCsv.fileName(matterId)));
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(csv);
    }
    faces.responseComplete();
  }

  public Stance[] getStances() {
    return Stance.values();
  }

  public Long getMatterId() {
    return matterId;
  }

  public void setMatterId(Long matterId) {
    this.matterId = matterId;
  }

  public MatterSummary getMatter() {
    return matter;
  }

  public Map<Long, String> getClaims() {
    return claims;
  }

  public Long getClaim() {
    return claim;
  }

  public void setClaim(Long claim) {
    this.claim = claim;
  }

  public Stance getStance() {
    return stance;
  }

  public void setStance(Stance stance) {
    this.stance = stance;
  }

  public Chronology getChronology() {
    return chronology;
  }
}
