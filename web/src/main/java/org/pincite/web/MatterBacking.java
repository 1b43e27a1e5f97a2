package org.pincite.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pincite.domain.document.DocumentKind;
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
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.UploadResult;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
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
  private List<DocumentRow> documents;
  private String queueLine;
  private TreeNode<ClaimNode> claimsTree;
  private DocumentKind uploadKind;
  private DocumentType uploadType;
  private final Map<Long, String> passwords = new HashMap<>();

  public void load() {
    if (matterId == null || matter != null) {
      return;
    }
    matter = matterService.matter(matterId);
    documents = matter.documents();
    queueLine = ocrQueue.summaryOf(matterId);
  }

  /** One file of a (multi-file) upload; each gets its own message. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      UploadResult result =
          documentService.upload(
              matterId, file.getFileName(), uploadKind, uploadType, in.readAllBytes());
      message(
          result.duplicate() ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO,
          result.message());
    } catch (IngestException | DomainRuleViolation | AccessDeniedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (IOException e) {
      message(
          FacesMessage.SEVERITY_ERROR,
          "'" + file.getFileName() + "' could not be received: " + e.getMessage());
    }
    refreshDocuments();
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

  public void refreshDocuments() {
    documents = matterService.documents(matterId);
    queueLine = ocrQueue.summaryOf(matterId);
  }

  /** What of the matter waits in the reading queue, in one line; null when nothing does. */
  public String getQueueLine() {
    return queueLine;
  }

  /** Whether the page should keep asking for news: some text is still being read. */
  public boolean isAnyPending() {
    return documents != null
        && documents.stream().anyMatch(d -> d.status() == ExtractionStatus.PENDING);
  }

  public boolean canRetry(DocumentRow d) {
    return d.status() == ExtractionStatus.FAILED
        || d.status() == ExtractionStatus.NEEDS_PASSWORD
        || d.status() == ExtractionStatus.NEEDS_OCR;
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

  public List<DocumentRow> getDocuments() {
    return documents;
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
