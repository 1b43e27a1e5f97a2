package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.transcript.DesignationKind;
import org.pincite.service.MatterService;
import org.pincite.service.TranscriptService;
import org.pincite.service.command.Designate;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.view.DesignationView;
import org.pincite.service.view.PartyView;
import org.pincite.service.view.TranscriptView;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The testimony panel of document.xhtml (WEB-INF/includes/testimony.xhtml), shown on a transcript:
 * how it is cited, the exhibits its testimony names (linked to the matter's documents), and the
 * parties' designations with objections and rulings: made, changed, removed, marked as a passage
 * for claims, exported and imported as CSV. The viewer draws them as brackets beside the lines.
 */
@Named
@ViewScoped
public class TestimonyBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern PAGE_LINE = Pattern.compile("\\s*(\\d{1,6})\\s*:\\s*(\\d{1,3})\\s*");

  @Inject TranscriptService transcriptService;
  @Inject MatterService matterService;

  private Long documentId;
  private TranscriptView transcript;
  private boolean looked;
  private List<DesignationView> designations;
  private List<PartyView> parties;

  // The designation form: a new one (editingId null) or one being changed.
  private Long editingId;
  private long editingVersion;
  private String party;
  private DesignationKind kind = DesignationKind.DESIGNATION;
  private String from;
  private String to;
  private String objection;
  private String ruling;

  // The dialog that marks a designation as a passage.
  private Long passageOf;
  private Stance stance = Stance.SUPPORTS;
  private Long[] claimIds = new Long[0];
  private String note;

  /** The transcript shown, or null when the document is none (a declaration, a letter). */
  public TranscriptView transcript(long documentId) {
    if (!looked || this.documentId == null || this.documentId != documentId) {
      this.documentId = documentId;
      looked = true;
      try {
        transcript = transcriptService.transcript(documentId);
      } catch (NotFoundException e) {
        transcript = null;
      }
    }
    return transcript;
  }

  public List<DesignationView> getDesignations() {
    if (designations == null) {
      designations = documentId == null ? List.of() : transcriptService.designations(documentId);
    }
    return designations;
  }

  public List<PartyView> parties(long matterId) {
    if (parties == null) {
      parties = matterService.parties(matterId);
    }
    return parties;
  }

  /** The colour of a party's brackets in the viewer (viewer.js draws them the same). */
  public String colour(long partyId) {
    return "hsl(" + (partyId * 137) % 360 + ", 65%, 40%)";
  }

  public DesignationKind[] getKinds() {
    return DesignationKind.values();
  }

  public Stance[] getStances() {
    return Stance.values();
  }

  /** Loads a designation into the form, to object to it, record a ruling or change its lines. */
  public void edit(long id) {
    getDesignations().stream()
        .filter(d -> d.id() == id)
        .findFirst()
        .ifPresentOrElse(
            d -> {
              editingId = d.id();
              editingVersion = d.version();
              party = d.party();
              kind = d.kind();
              from = d.pageFrom() + ":" + d.lineFrom();
              to = d.pageTo() + ":" + d.lineTo();
              objection = d.objection();
              ruling = d.ruling();
            },
            () -> message(FacesMessage.SEVERITY_WARN, "That designation was removed meanwhile."));
  }

  public void cancelEdit() {
    clearForm();
  }

  /** Saves the form: a new designation, or the changed one. */
  public void save() {
    try {
      int[] start = pageLine("From", from);
      int[] end = pageLine("To", to == null || to.isBlank() ? from : to);
      Designate d =
          new Designate(party, kind.label(), start[0], start[1], end[0], end[1], objection, ruling);
      DesignationView saved =
          editingId == null
              ? transcriptService.designate(documentId, d)
              : transcriptService.restate(editingId, editingVersion, d);
      message(
          FacesMessage.SEVERITY_INFO,
          (editingId == null ? "Designated " : "Changed ")
              + saved.range()
              + " for "
              + saved.party()
              + ".");
      clearForm();
      designations = null;
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (DomainRuleViolation | StaleEditException | AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, "That designation was removed meanwhile.");
      designations = null;
    }
  }

  public void remove(long id) {
    try {
      transcriptService.remove(id);
      message(FacesMessage.SEVERITY_INFO, "Designation removed.");
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_WARN, "The designation had already been removed.");
    } catch (AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    if (editingId != null && editingId == id) {
      clearForm();
    }
    designations = null;
  }

  public void startPassage(long id) {
    passageOf = id;
    stance = Stance.SUPPORTS;
    claimIds = new Long[0];
    note = null;
  }

  /** Marks the designated lines as a passage for the claims ticked. */
  public void markAsPassage() {
    try {
      transcriptService.markAsPassage(passageOf, stance, Arrays.asList(claimIds), note);
      message(FacesMessage.SEVERITY_INFO, "The designated lines are marked as a passage.");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (DomainRuleViolation | AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, "That designation was removed meanwhile.");
    }
  }

  /** Imports a designation CSV: every row, or none and the row that stopped it. */
  public void importCsv(FileUploadEvent event) {
    try (InputStream in = event.getFile().getInputStream()) {
      int taken = transcriptService.importCsv(documentId, in.readAllBytes()).size();
      message(
          FacesMessage.SEVERITY_INFO,
          "Imported " + taken + (taken == 1 ? " designation" : " designations") + ".");
      designations = null;
    } catch (DomainRuleViolation | AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (IOException e) {
      message(FacesMessage.SEVERITY_ERROR, "The file could not be received: " + e.getMessage());
    }
  }

  private static int[] pageLine(String field, String text) {
    Matcher m = PAGE_LINE.matcher(Optional.ofNullable(text).orElse(""));
    if (!m.matches()) {
      throw new DomainRuleViolation(
          field
              + " takes a page and line as printed, such as 3:25 (not '"
              + Optional.ofNullable(text).orElse("")
              + "')");
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  private void clearForm() {
    editingId = null;
    editingVersion = 0;
    kind = DesignationKind.DESIGNATION;
    from = null;
    to = null;
    objection = null;
    ruling = null;
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance()
        .addMessage("designations", new FacesMessage(severity, text, null));
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getParty() {
    return party;
  }

  public void setParty(String party) {
    this.party = party;
  }

  public DesignationKind getKind() {
    return kind;
  }

  public void setKind(DesignationKind kind) {
    this.kind = kind;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getObjection() {
    return objection;
  }

  public void setObjection(String objection) {
    this.objection = objection;
  }

  public String getRuling() {
    return ruling;
  }

  public void setRuling(String ruling) {
    this.ruling = ruling;
  }

  public Stance getStance() {
    return stance;
  }

  public void setStance(Stance stance) {
    this.stance = stance;
  }

  public Long[] getClaimIds() {
    return claimIds;
  }

  public void setClaimIds(Long[] claimIds) {
    this.claimIds = claimIds;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
