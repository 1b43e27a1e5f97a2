package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.ClaimService;
import org.pincite.service.FactService;
import org.pincite.service.MatterService;
import org.pincite.service.StatementService;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.report.ReportFile;
import org.pincite.service.statement.Statement;
import org.pincite.service.statement.StatementKind;
import org.pincite.service.text.ContentDisposition;
import org.pincite.service.view.ClaimRow;
import org.pincite.service.view.FactView;
import org.pincite.service.view.MatterSummary;
import org.pincite.service.view.PartyView;
import org.pincite.service.view.PassageChoice;

/**
 * facts.xhtml: the matter's facts in a table to filter (claim, status, material), sort by date and
 * edit in place, a fact's claims and sources in a dialog; how many facts bear on each claim; and
 * the papers of a motion: the separate statement and the statement of material facts, previewed
 * with what is not yet proven, and downloaded as DOCX or PDF.
 */
@Named
@ViewScoped
public class FactsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MatterService matterService;
  @Inject ClaimService claimService;
  @Inject FactService factService;
  @Inject StatementService statementService;

  private Long matterId;
  private MatterSummary matter;
  private List<PartyView> parties;
  private List<ClaimRow> claims;
  private List<FactRow> rows = List.of();

  private Long claimFilter;
  private FactStatus statusFilter;
  private String materialFilter = "any";
  private boolean byDate = true;

  private Long movingPartyId;
  private Long[] statementClaims = new Long[0];
  private String side = "moving";
  private Statement preview;

  private FactEdit editing;
  private List<PassageChoice> passageChoices;

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.summary(matterId);
    parties = matterService.parties(matterId);
    claims = claimService.tree(matterId);
    movingPartyId =
        parties.stream()
            .filter(p -> p.role() == PartyRole.PLAINTIFF)
            .map(PartyView::id)
            .findFirst()
            .orElse(parties.isEmpty() ? null : parties.get(0).id());
    refresh();
  }

  private void refresh() {
    rows = factService.list(matterId).stream().map(FactRow::new).toList();
  }

  /** The facts the filters let through, by date (undated last) or by number. */
  public List<FactRow> getShown() {
    List<FactRow> shown = new ArrayList<>();
    for (FactRow r : rows) {
      FactView f = r.getFact();
      if ((claimFilter == null || f.bearsOn(claimFilter))
          && (statusFilter == null || f.status() == statusFilter)
          && ("any".equals(materialFilter) || f.material() == "yes".equals(materialFilter))) {
        shown.add(r);
      }
    }
    if (byDate) {
      shown.sort(
          Comparator.comparing(
                  (FactRow r) -> r.getFact().date() == null ? "9999" : sortKey(r.getFact()))
              .thenComparingInt(r -> r.getFact().number()));
    }
    return shown;
  }

  private static String sortKey(FactView f) {
    var d = f.date();
    for (String s : Arrays.asList(d.on(), d.from(), d.after(), d.before(), d.to(), d.month())) {
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return d.year() == null ? "9999" : d.year().toString();
  }

  /** How many facts support and refute each claim. */
  public long count(long claimId, Stance stance) {
    return rows.stream()
        .filter(
            r ->
                r.getFact().claims().stream()
                    .anyMatch(c -> c.claimId() == claimId && c.stance() == stance))
        .count();
  }

  /** Saves a row edited in place; a stale edit or a broken rule is said, nothing else changes. */
  public void save(FactRow row) {
    act(
        () -> factService.revise(row.getFact().id(), row.getFact().version(), row.draft()),
        "Fact " + row.getFact().number() + " saved.");
  }

  /** PrimeFaces' row editor saved a row (Enter, or the tick). */
  public void onRowEdit(org.primefaces.event.RowEditEvent<FactRow> event) {
    save(event.getObject());
  }

  /** Opens the dialog on {@code row}'s claims and sources. */
  public void editLinks(FactRow row) {
    editing = new FactEdit(row.getFact());
  }

  public void addClaim() {
    edit(
        () ->
            editing.addClaim(
                claims.stream()
                    .collect(java.util.stream.Collectors.toMap(ClaimRow::id, ClaimRow::label))));
  }

  public void addSource() {
    edit(() -> editing.addSource(getPassageChoices()));
  }

  public void removeClaim(long claimId) {
    editing.removeClaim(claimId);
  }

  public void removeSource(long annotationId) {
    editing.removeSource(annotationId);
  }

  /** Saves the dialog's claims and sources; the dialog closes only when they were saved. */
  public void saveLinks() {
    FactEdit saving = editing;
    boolean saved =
        act(
            () ->
                factService.revise(
                    saving.getFact().id(), saving.getFact().version(), saving.draft()),
            "Fact " + saving.getFact().number() + " saved.");
    if (saved) {
      editing = null;
    }
    org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", saved);
  }

  private void edit(Runnable change) {
    try {
      change.run();
    } catch (DomainRuleViolation e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** The matter's passages a fact may rest on, read when the dialog first needs them. */
  public List<PassageChoice> getPassageChoices() {
    if (passageChoices == null) {
      passageChoices = factService.passagesToCite(matterId);
    }
    return passageChoices;
  }

  public FactEdit getEditing() {
    return editing;
  }

  /** What a fact does to a claim: supports or refutes it (never context). */
  public Stance[] getFactStances() {
    return new Stance[] {Stance.SUPPORTS, Stance.REFUTES};
  }

  public SourceRole[] getSourceRoles() {
    return SourceRole.values();
  }

  public void markUndisputed(FactRow row) {
    row.setStatus(FactStatus.UNDISPUTED);
    save(row);
  }

  public void remove(FactRow row) {
    act(
        () -> factService.remove(row.getFact().id()),
        "Fact " + row.getFact().number() + " removed.");
  }

  public void showPreview() {
    try {
      preview =
          statementService.preview(
              matterId,
              movingParty(),
              List.of(statementClaims),
              StatementKind.SEPARATE_STATEMENT,
              side);
    } catch (DomainRuleViolation | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public void downloadSeparateStatement(String format) throws IOException {
    download(StatementKind.SEPARATE_STATEMENT, format);
  }

  public void downloadStatementOfFacts(String format) throws IOException {
    download(StatementKind.STATEMENT_OF_MATERIAL_FACTS, format);
  }

  private void download(StatementKind kind, String format) throws IOException {
    ReportFile file;
    try {
      file =
          statementService.file(
              matterId, movingParty(), List.of(statementClaims), kind, side, format);
    } catch (DomainRuleViolation | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(file.mediaType());
    external.setResponseContentLength(file.content().length);
    external.setResponseHeader(
        "Content-Disposition", ContentDisposition.attachment(file.fileName()));
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(file.content());
    }
    faces.responseComplete();
  }

  private long movingParty() {
    if (movingPartyId == null) {
      throw new DomainRuleViolation("Choose the moving party");
    }
    return movingPartyId;
  }

  private boolean act(Runnable change, String done) {
    boolean changed = false;
    try {
      change.run();
      message(FacesMessage.SEVERITY_INFO, done);
      changed = true;
    } catch (DomainRuleViolation
        | AccessDeniedException
        | NotFoundException
        | StaleEditException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (jakarta.ejb.EJBException e) {
      message(
          FacesMessage.SEVERITY_ERROR,
          "The fact was changed by someone else meanwhile; reload the page and try again.");
    }
    refresh();
    preview = null;
    return changed;
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** The counts and defences: what a statement can be on. */
  public List<ClaimRow> getTopClaims() {
    return claims.stream().filter(c -> c.depth() == 0).toList();
  }

  public FactStatus[] getStatuses() {
    return FactStatus.values();
  }

  public Stance getSupports() {
    return Stance.SUPPORTS;
  }

  public Stance getRefutes() {
    return Stance.REFUTES;
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

  public List<PartyView> getParties() {
    return parties;
  }

  public List<ClaimRow> getClaims() {
    return claims;
  }

  public List<FactRow> getRows() {
    return rows;
  }

  public Long getClaimFilter() {
    return claimFilter;
  }

  public void setClaimFilter(Long claimFilter) {
    this.claimFilter = claimFilter;
  }

  public FactStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(FactStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public String getMaterialFilter() {
    return materialFilter;
  }

  public void setMaterialFilter(String materialFilter) {
    this.materialFilter = materialFilter;
  }

  public boolean isByDate() {
    return byDate;
  }

  public void setByDate(boolean byDate) {
    this.byDate = byDate;
  }

  public Long getMovingPartyId() {
    return movingPartyId;
  }

  public void setMovingPartyId(Long movingPartyId) {
    this.movingPartyId = movingPartyId;
  }

  public Long[] getStatementClaims() {
    return statementClaims;
  }

  public void setStatementClaims(Long[] statementClaims) {
    this.statementClaims = statementClaims == null ? new Long[0] : statementClaims;
  }

  public String getSide() {
    return side;
  }

  public void setSide(String side) {
    this.side = side;
  }

  public Statement getPreview() {
    return preview;
  }
}
