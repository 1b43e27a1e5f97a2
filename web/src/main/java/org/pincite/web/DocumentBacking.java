package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.redaction.RedactionReason;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.AnnotationService;
import org.pincite.service.ClaimService;
import org.pincite.service.DocumentService;
import org.pincite.service.FactService;
import org.pincite.service.command.DocumentDescription;
import org.pincite.service.command.PassageSelection;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.view.AnnotationView;
import org.pincite.service.view.ClaimRow;
import org.pincite.service.view.DocumentDetail;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.FactView;
import org.primefaces.PrimeFaces;

/**
 * document.xhtml, the review workspace: one document's pages (text beside the page image), its
 * marked passages, and the dialog that marks a selection or changes a mark. The page texts and
 * highlights are fetched by the page's script from the API as the reader scrolls.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DocumentService documentService;
  @Inject AnnotationService annotationService;
  @Inject ClaimService claimService;
  @Inject FactService factService;

  private Long documentId;
  private DocumentDetail detail;
  private List<ClaimRow> claims;
  private Map<Long, ClaimRow> claimsById;
  private List<AnnotationView> passages;
  private Map<Long, List<FactView>> factsByPassage = Map.of();
  private List<FactView> matterFacts = List.of();
  private Long attachFactId;
  private org.pincite.domain.fact.SourceRole attachRole =
      org.pincite.domain.fact.SourceRole.SUPPORTS;

  // The dialog: a new selection (editingId null) or a passage being changed.
  private Long editingId;
  private long editingVersion;
  private int startPage;
  private int startOffset;
  private int endPage;
  private int endOffset;
  private String quote;
  private Stance stance = Stance.SUPPORTS;
  private Long[] selectedClaims = new Long[0];
  private String note;

  // The details dialog.
  private final DescribeForm form = new DescribeForm();

  /** What the details dialog edits, as typed. */
  public static final class DescribeForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private long version;
    private String title;
    private String shortCite;
    private String date;
    private DocumentKind kind;
    private DocumentType type;
    private String author;
    private String exhibitLabel;
    private String reporterCite;

    void fill(DocumentRow d) {
      version = d.version();
      title = d.title();
      shortCite = d.shortCite();
      date = d.documentDate() == null ? null : d.documentDate().toString();
      kind = d.kind();
      type = d.type();
      author = d.author();
      exhibitLabel = d.exhibitLabel();
      reporterCite = d.reporterCite();
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getShortCite() {
      return shortCite;
    }

    public void setShortCite(String shortCite) {
      this.shortCite = shortCite;
    }

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }

    public DocumentKind getKind() {
      return kind;
    }

    public void setKind(DocumentKind kind) {
      this.kind = kind;
    }

    public DocumentType getType() {
      return type;
    }

    public void setType(DocumentType type) {
      this.type = type;
    }

    public String getAuthor() {
      return author;
    }

    public void setAuthor(String author) {
      this.author = author;
    }

    public String getExhibitLabel() {
      return exhibitLabel;
    }

    public void setExhibitLabel(String exhibitLabel) {
      this.exhibitLabel = exhibitLabel;
    }

    public String getReporterCite() {
      return reporterCite;
    }

    public void setReporterCite(String reporterCite) {
      this.reporterCite = reporterCite;
    }
  }

  public void load() {
    if (documentId == null || detail != null) {
      return;
    }
    detail = documentService.document(documentId);
    claims = claimService.tree(detail.matter().id());
    claimsById = claims.stream().collect(Collectors.toMap(ClaimRow::id, Function.identity()));
    passages = annotationService.list(documentId);
    loadFacts();
  }

  private void loadFacts() {
    Map<Long, List<FactView>> by = new java.util.HashMap<>();
    matterFacts = factService.list(detail.matter().id());
    for (FactView f : matterFacts) {
      for (FactView.SourceOfFact s : f.sources()) {
        by.computeIfAbsent(s.annotationId(), k -> new java.util.ArrayList<>()).add(f);
      }
    }
    factsByPassage = by;
  }

  /** The facts that cite passage {@code a}, for its entry in the side panel. */
  public List<FactView> factsOf(AnnotationView a) {
    return factsByPassage.getOrDefault(a.id(), List.of());
  }

  /** The matter's facts that do not cite passage {@code a} yet: what it can be added to. */
  public List<FactView> factsToAttach(AnnotationView a) {
    List<FactView> citing = factsOf(a);
    return matterFacts.stream().filter(f -> !citing.contains(f)).toList();
  }

  /** Adds passage {@code annotationId} to the fact chosen beside it, with the role chosen. */
  public void attachToFact(long annotationId) {
    Long factId = attachFactId;
    attachFactId = null;
    try {
      if (factId == null) {
        throw new DomainRuleViolation("Choose the fact to add the passage to");
      }
      FactView fact =
          matterFacts.stream()
              .filter(f -> f.id() == factId)
              .findFirst()
              .orElseThrow(() -> new NotFoundException("fact", factId));
      FactView saved = factService.attach(factId, fact.version(), annotationId, attachRole);
      message(
          FacesMessage.SEVERITY_INFO,
          "Passage added to fact "
              + saved.number()
              + (attachRole == org.pincite.domain.fact.SourceRole.DISPUTES
                  ? " as evidence disputing it."
                  : " as supporting evidence."));
    } catch (NotFoundException
        | AccessDeniedException
        | DomainRuleViolation
        | org.pincite.service.error.StaleEditException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    loadFacts();
  }

  public Long getAttachFactId() {
    return attachFactId;
  }

  public void setAttachFactId(Long attachFactId) {
    this.attachFactId = attachFactId;
  }

  public org.pincite.domain.fact.SourceRole getAttachRole() {
    return attachRole;
  }

  public void setAttachRole(org.pincite.domain.fact.SourceRole attachRole) {
    this.attachRole = attachRole;
  }

  public org.pincite.domain.fact.SourceRole[] getSourceRoles() {
    return org.pincite.domain.fact.SourceRole.values();
  }

  /** Makes a fact of the passage in one step: its quote the text, the passage its source. */
  public void makeFact(long annotationId) {
    try {
      FactView made = factService.fromPassage(annotationId);
      message(
          FacesMessage.SEVERITY_INFO,
          "Fact " + made.number() + " made from the passage: review it on the facts page.");
    } catch (NotFoundException | AccessDeniedException | DomainRuleViolation e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    loadFacts();
  }

  /** Opens the dialog for the words the reader selected (sent by the page's script). */
  public void startMark() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    editingId = null;
    startPage = Integer.parseInt(p.get("startPage"));
    startOffset = Integer.parseInt(p.get("startOffset"));
    endPage = Integer.parseInt(p.get("endPage"));
    endOffset = Integer.parseInt(p.get("endOffset"));
    quote = p.get("quote");
    stance = parseStance(p.get("stance"));
    // The claims chosen last time stay ticked: reviewers often mark several passages for one claim.
    note = null;
  }

  /** Opens the dialog on a saved passage, with what it says now. */
  public void startEdit() {
    long id =
        Long.parseLong(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id"));
    passages.stream()
        .filter(a -> a.id() == id)
        .findFirst()
        .ifPresent(
            a -> {
              editingId = a.id();
              editingVersion = a.version();
              startPage = a.startPage();
              startOffset = a.startOffset();
              endPage = a.endPage();
              endOffset = a.endOffset();
              quote = a.quote();
              stance = a.stance();
              selectedClaims = a.claimIds().toArray(Long[]::new);
              note = a.note();
            });
  }

  /**
   * Saves the dialog. When someone else changed the passage meanwhile, nothing is saved, the dialog
   * stays open with what the reviewer typed, and the message says what happened.
   */
  public void save() {
    try {
      List<Long> claimIds = Arrays.asList(selectedClaims);
      AnnotationView saved;
      if (editingId == null) {
        saved =
            annotationService.mark(
                documentId,
                new PassageSelection(startPage, startOffset, endPage, endOffset, quote),
                stance,
                claimIds,
                note);
        message(
            FacesMessage.SEVERITY_INFO,
            switch (stance) {
              case SUPPORTS -> "Passage marked as supporting.";
              case REFUTES -> "Passage marked as refuting.";
              case CONTEXT -> "Passage marked as context.";
            });
      } else {
        saved = annotationService.restate(editingId, editingVersion, stance, claimIds, note);
        message(FacesMessage.SEVERITY_INFO, "Passage changed.");
      }
      passages = annotationService.list(documentId);
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      // The page's script puts the keyboard focus on the saved passage, not back on <body>.
      PrimeFaces.current().ajax().addCallbackParam("annotationId", saved.id());
    } catch (StaleEditException
        | DomainRuleViolation
        | AccessDeniedException
        | NotFoundException e) {
      // Shown in the dialog, which stays open with everything the reviewer chose and typed.
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.validationFailed();
      faces.addMessage("mark", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public void remove(long annotationId) {
    try {
      annotationService.remove(annotationId);
      message(FacesMessage.SEVERITY_INFO, "Passage removed.");
    } catch (NotFoundException e) {
      message(FacesMessage.SEVERITY_WARN, "The passage had already been removed.");
    } catch (AccessDeniedException | DomainRuleViolation e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    passages = annotationService.list(documentId);
  }

  /**
   * Reads the original again (after a Tesseract or extractor upgrade, say); marked passages are
   * then found again in the new text, and any that cannot be are listed for review.
   */
  public void readAgain() {
    try {
      documentService.retry(documentId, null);
      message(
          FacesMessage.SEVERITY_INFO,
          "Reading the text again. Reload the page when it is done; passages are found again in the new text.");
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Opens the details dialog on what the document says now. */
  public void startDescribe() {
    form.fill(detail.document());
  }

  /**
   * Saves the details dialog (audited). When someone changed the document meanwhile, nothing is
   * saved and the dialog says so, keeping what was typed.
   */
  public void describe() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      LocalDate day =
          form.date == null || form.date.isBlank() ? null : LocalDate.parse(form.date.strip());
      documentService.describe(
          documentId,
          form.version,
          new DocumentDescription(
              form.title,
              form.shortCite,
              day,
              form.kind,
              form.type,
              form.author,
              form.exhibitLabel,
              form.reporterCite));
      detail = documentService.document(documentId);
      message(FacesMessage.SEVERITY_INFO, "Details saved.");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (DateTimeParseException e) {
      faces.validationFailed();
      faces.addMessage(
          "describe",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "Write the date as 2010-02-05, not " + form.date, null));
    } catch (StaleEditException
        | DomainRuleViolation
        | AccessDeniedException
        | NotFoundException e) {
      faces.validationFailed();
      faces.addMessage(
          "describe", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  /** "p. 3 · printed 2087" where the page carries a printed number, else "Page 3". */
  public String pageHeading(int n) {
    List<String> labels = detail == null ? null : detail.document().pageLabels();
    String printed = labels == null || n > labels.size() ? null : labels.get(n - 1);
    return printed == null || printed.equals(Integer.toString(n))
        ? "Page " + n
        : "p. " + n + " \u00b7 printed " + printed;
  }

  public DescribeForm getForm() {
    return form;
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public DocumentType[] getTypes() {
    return DocumentType.values();
  }

  private static Stance parseStance(String s) {
    try {
      return s == null || s.isBlank() ? Stance.SUPPORTS : Stance.valueOf(s);
    } catch (IllegalArgumentException e) {
      return Stance.SUPPORTS;
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public boolean isCanMark() {
    return Caller.mayMark();
  }

  public boolean isPdf() {
    return detail != null && MediaTypeDetector.PDF.equals(detail.document().mediaType());
  }

  public List<Integer> getPageNumbers() {
    return detail == null
        ? List.of()
        : IntStream.rangeClosed(1, detail.document().pageCount()).boxed().toList();
  }

  /** The claims as the page's script needs them to label highlights: id to label. */
  public String getClaimsJson() {
    var object = Json.createObjectBuilder();
    claims.forEach(c -> object.add(String.valueOf(c.id()), c.kind().label() + ": " + c.label()));
    return object.build().toString();
  }

  public String claimLabels(AnnotationView a) {
    return a.claimIds().stream()
        .map(claimsById::get)
        .filter(java.util.Objects::nonNull)
        .map(ClaimRow::label)
        .collect(Collectors.joining("; "));
  }

  public String indent(ClaimRow c) {
    return "\u2003".repeat(c.depth());
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getQuoteShort() {
    if (quote == null) {
      return "";
    }
    String q = quote.strip().replaceAll("\\s+", " ");
    return q.length() > 600 ? q.substring(0, 599) + "…" : q;
  }

  public Stance[] getStances() {
    return Stance.values();
  }

  public RedactionReason[] getRedactionReasons() {
    return RedactionReason.values();
  }

  public Long getDocumentId() {
    return documentId;
  }

  public void setDocumentId(Long documentId) {
    this.documentId = documentId;
  }

  public DocumentDetail getDetail() {
    return detail;
  }

  public List<ClaimRow> getClaims() {
    return claims;
  }

  public List<AnnotationView> getPassages() {
    return passages;
  }

  public Stance getStance() {
    return stance;
  }

  public void setStance(Stance stance) {
    this.stance = stance;
  }

  public Long[] getSelectedClaims() {
    return selectedClaims;
  }

  public void setSelectedClaims(Long[] selectedClaims) {
    this.selectedClaims = selectedClaims == null ? new Long[0] : selectedClaims;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public int getStartPage() {
    return startPage;
  }

  public int getEndPage() {
    return endPage;
  }
}
