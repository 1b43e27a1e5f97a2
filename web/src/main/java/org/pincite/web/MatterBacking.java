package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentListQuery;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.DocumentService;
import org.pincite.service.MatterService;
import org.pincite.service.OcrQueueService;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.view.ClaimNode;
import org.pincite.service.view.DocumentListPage;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.UploadResult;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;

/**
 * matter.xhtml: one matter with its parties, claims tree and documents; uploading files to it and
 * watching their text being read, retrying the ones that failed.
 */
@Named
@ViewScoped
public class MatterBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MatterService matterService;
  @Inject DocumentService documentService;
  @Inject OcrQueueService ocrQueue;
  @Inject PinciteSettings settings;

  private Long matterId;
  private MatterDetail matter;
  private final DocumentList list = new DocumentList();
  private final ListFilters filters = new ListFilters();
  private String queueLine;
  private TreeNode<ClaimNode> claimsTree;
  private DocumentKind uploadKind;
  private DocumentType uploadType;
  private final Map<Long, String> passwords = new HashMap<>();
  // Every file of this view's uploads with its own result, until the reader clears them.
  private final List<UploadLine> uploads = new ArrayList<>();
  private final Set<Long> added = new HashSet<>();

  /**
   * One file of an upload as the page lists it: added (with the new document), a duplicate (with
   * the document that already holds the bytes) or refused (with why).
   */
  public record UploadLine(
      String fileName, Outcome outcome, String message, Long documentId, String documentTitle)
      implements Serializable {
    public enum Outcome {
      ADDED,
      DUPLICATE,
      REFUSED
    }
  }

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.overview(matterId);
    queueLine = ocrQueue.summaryOf(matterId);
  }

  /**
   * One file of a (multi-file) upload: it keeps its own row and result in the list above the
   * documents, whatever the files after it answer.
   */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String name = file.getFileName();
    try (InputStream in = file.getInputStream()) {
      UploadResult result =
          documentService.upload(matterId, name, uploadKind, uploadType, in.readAllBytes());
      DocumentRow d = result.document();
      uploads.add(
          new UploadLine(
              name,
              result.duplicate() ? UploadLine.Outcome.DUPLICATE : UploadLine.Outcome.ADDED,
              result.message(),
              d.id(),
              d.title()));
      if (!result.duplicate()) {
        added.add(d.id());
      }
    } catch (IngestException | DomainRuleViolation | AccessDeniedException e) {
      uploads.add(new UploadLine(name, UploadLine.Outcome.REFUSED, e.getMessage(), null, null));
    } catch (IOException e) {
      uploads.add(
          new UploadLine(
              name,
              UploadLine.Outcome.REFUSED,
              "'" + name + "' could not be received: " + e.getMessage(),
              null,
              null));
    }
    refreshDocuments();
  }

  // --- bulk actions on the rows ticked in the list ---

  private List<DocumentRow> selected = new ArrayList<>();
  private DocumentKind bulkKind;
  private DocumentType bulkType;
  private String firstExhibit;

  private List<Long> selectedIds() {
    return selected.stream().map(DocumentRow::id).toList();
  }

  /** Gives the ticked documents the kind and type chosen. */
  public void bulkReclassify() {
    try {
      int n = documentService.reclassify(matterId, selectedIds(), bulkKind, bulkType);
      message(FacesMessage.SEVERITY_INFO, n + (n == 1 ? " document" : " documents") + " changed.");
      selected = new ArrayList<>();
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Labels the ticked documents as exhibits in sequence, top to bottom, from the first label. */
  public void bulkLabelExhibits() {
    try {
      List<String> labels = documentService.labelExhibits(matterId, selectedIds(), firstExhibit);
      message(
          FacesMessage.SEVERITY_INFO,
          "Labelled "
              + labels.get(0)
              + (labels.size() > 1 ? " to " + labels.get(labels.size() - 1) : "")
              + ".");
      selected = new ArrayList<>();
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Reads the ticked documents again; says which could not be. */
  public void bulkRetry() {
    if (selected.isEmpty()) {
      message(FacesMessage.SEVERITY_ERROR, "Choose the documents first (tick their rows)");
      return;
    }
    int again = 0;
    for (DocumentRow d : selected) {
      try {
        documentService.retry(d.id(), null);
        again++;
      } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
        message(FacesMessage.SEVERITY_WARN, "'" + d.title() + "': " + e.getMessage());
      }
    }
    message(
        FacesMessage.SEVERITY_INFO,
        "Reading " + again + (again == 1 ? " document" : " documents") + " again.");
    selected = new ArrayList<>();
    refreshDocuments();
  }

  /**
   * Removes the ticked documents from the matter, with their attachments and passages (after the
   * page asked to confirm); says how many went, or why none did.
   */
  public void bulkRemove() {
    try {
      message(
          FacesMessage.SEVERITY_INFO,
          documentService.removeFromMatter(matterId, selectedIds()).summary() + ".");
      selected = new ArrayList<>();
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  public List<DocumentRow> getSelected() {
    return selected;
  }

  public void setSelected(List<DocumentRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public DocumentKind getBulkKind() {
    return bulkKind;
  }

  public void setBulkKind(DocumentKind bulkKind) {
    this.bulkKind = bulkKind;
  }

  public DocumentType getBulkType() {
    return bulkType;
  }

  public void setBulkType(DocumentType bulkType) {
    this.bulkType = bulkType;
  }

  public String getFirstExhibit() {
    return firstExhibit;
  }

  public void setFirstExhibit(String firstExhibit) {
    this.firstExhibit = firstExhibit;
  }

  /** Whether the reader may change the documents (bulk actions, Retry): not a viewer. */
  public boolean isMayChange() {
    return Caller.mayMark();
  }

  /** Empties the list of upload results. */
  public void clearUploads() {
    uploads.clear();
  }

  public List<UploadLine> getUploads() {
    return uploads;
  }

  /** The batch in one line: "3 files: 2 added, 1 duplicate, 0 refused". */
  public String getUploadSummary() {
    long addedCount = count(UploadLine.Outcome.ADDED);
    long duplicates = count(UploadLine.Outcome.DUPLICATE);
    long refused = count(UploadLine.Outcome.REFUSED);
    return uploads.size()
        + (uploads.size() == 1 ? " file: " : " files: ")
        + addedCount
        + " added, "
        + duplicates
        + (duplicates == 1 ? " duplicate, " : " duplicates, ")
        + refused
        + " refused";
  }

  private long count(UploadLine.Outcome outcome) {
    return uploads.stream().filter(u -> u.outcome() == outcome).count();
  }

  /** Whether the document was added by an upload of this page view (marked "New" in the list). */
  public boolean isNew(long documentId) {
    return added.contains(documentId);
  }

  public void retry(long documentId) {
    try {
      documentService.retry(documentId, passwords.remove(documentId));
      message(FacesMessage.SEVERITY_INFO, "Reading the document again.");
    } catch (DomainRuleViolation | AccessDeniedException | NotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    refreshDocuments();
  }

  /** The list shows the documents as they are now (the table loads its page again when drawn). */
  public void refreshDocuments() {
    queueLine = ocrQueue.summaryOf(matterId);
  }

  /** What of the matter waits in the reading queue, in one line; null when nothing does. */
  public String getQueueLine() {
    return queueLine;
  }

  /** Whether the page should keep asking for news: some text is still being read. */
  public boolean isAnyPending() {
    return queueLine != null
        || list.shown.stream().anyMatch(d -> d.status() == ExtractionStatus.PENDING);
  }

  /**
   * Whether the row offers Retry (or Open): to those who may read a document again, never a viewer.
   */
  public boolean canRetry(DocumentRow d) {
    return Caller.mayMark()
        && (d.status() == ExtractionStatus.FAILED
            || d.status() == ExtractionStatus.NEEDS_PASSWORD
            || d.status() == ExtractionStatus.NEEDS_OCR);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public TreeNode<ClaimNode> getClaimsTree() {
    if (claimsTree == null && matter != null) {
      claimsTree = new DefaultTreeNode<>(null, null);
      matter.claims().forEach(claim -> addNode(claim, claimsTree));
    }
    return claimsTree;
  }

  private static void addNode(ClaimNode claim, TreeNode<ClaimNode> parent) {
    TreeNode<ClaimNode> node = new DefaultTreeNode<>(claim, parent);
    node.setExpanded(true);
    claim.children().forEach(child -> addNode(child, node));
  }

  /** The largest file the page lets the browser send (the server refuses larger ones anyway). */
  public long getUploadLimitBytes() {
    return settings.maxUploadBytes();
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public DocumentType[] getTypes() {
    return DocumentType.values();
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

  public DocumentList getDocuments() {
    return list;
  }

  /**
   * The document list, a page of families at a time, filtered, searched and sorted by the database
   * (newest uploads first).
   */
  public class DocumentList extends LazyDataModel<DocumentRow> {
    private static final long serialVersionUID = 1L;
    private List<DocumentRow> shown = List.of();
    private long families;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, families);
    }

    @Override
    public List<DocumentRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      DocumentListQuery.Sort sort = DocumentListQuery.Sort.ADDED;
      boolean ascending = false;
      for (SortMeta m : sortBy.values()) {
        if (m.getOrder() != SortOrder.UNSORTED) {
          sort = DocumentListQuery.Sort.valueOf(m.getField().toUpperCase(java.util.Locale.ROOT));
          ascending = m.getOrder() == SortOrder.ASCENDING;
        }
      }
      try {
        DocumentListPage page =
            matterService.documentList(matterId, filters.query(sort, ascending), first, pageSize);
        families = page.families();
        shown = page.rows();
        setRowCount(count(filterBy));
      } catch (IllegalArgumentException e) {
        message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        shown = List.of();
        families = 0;
        setRowCount(0);
      }
      return shown;
    }

    @Override
    public String getRowKey(DocumentRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public DocumentRow getRowData(String rowKey) {
      return shown.stream()
          .filter(d -> String.valueOf(d.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }

    /** How many families (an email with its attachments counts once) the filters let through. */
    public long getFamilies() {
      return families;
    }
  }

  /** The filters above the document list, as the reader set them. */
  public static class ListFilters implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private DocumentKind kind;
    private DocumentType type;
    private ExtractionStatus status;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private String person;
    private Boolean marked;
    private Boolean inFamily;

    DocumentListQuery query(DocumentListQuery.Sort sort, boolean ascending) {
      return new DocumentListQuery(
          kind, type, status, from, to, person, marked, inFamily, text, sort, ascending);
    }

    public void clear() {
      text = person = null;
      kind = null;
      type = null;
      status = null;
      from = to = null;
      marked = inFamily = null;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
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

    public ExtractionStatus getStatus() {
      return status;
    }

    public void setStatus(ExtractionStatus status) {
      this.status = status;
    }

    public java.time.LocalDate getFrom() {
      return from;
    }

    public void setFrom(java.time.LocalDate from) {
      this.from = from;
    }

    public java.time.LocalDate getTo() {
      return to;
    }

    public void setTo(java.time.LocalDate to) {
      this.to = to;
    }

    public String getPerson() {
      return person;
    }

    public void setPerson(String person) {
      this.person = person;
    }

    public Boolean getMarked() {
      return marked;
    }

    public void setMarked(Boolean marked) {
      this.marked = marked;
    }

    public Boolean getInFamily() {
      return inFamily;
    }

    public void setInFamily(Boolean inFamily) {
      this.inFamily = inFamily;
    }
  }

  public ListFilters getFilters() {
    return filters;
  }

  public ExtractionStatus[] getStatuses() {
    return ExtractionStatus.values();
  }

  public DocumentKind getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(DocumentKind uploadKind) {
    this.uploadKind = uploadKind;
  }

  public DocumentType getUploadType() {
    return uploadType;
  }

  public void setUploadType(DocumentType uploadType) {
    this.uploadType = uploadType;
  }

  public Map<Long, String> getPasswords() {
    return passwords;
  }
}
