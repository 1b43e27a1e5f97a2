package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pincite.service.DocumentService;
import org.pincite.service.HistoryService;
import org.pincite.service.view.DocumentDetail;
import org.pincite.service.view.RevisionView;

/**
 * history.xhtml: the audit history of one document and of the passages marked in it (read only).
 */
@Named
@RequestScoped
public class HistoryBacking {
  @Inject HistoryService historyService;
  @Inject DocumentService documentService;

  private Long documentId;
  private DocumentDetail document;
  private List<RevisionView> revisions;

  public void load() {
    if (documentId == null) {
      return;
    }
    document = documentService.document(documentId);
    revisions = historyService.ofDocument(documentId);
  }

  public Long getDocumentId() {
    return documentId;
  }

  public void setDocumentId(Long documentId) {
    this.documentId = documentId;
  }

  public DocumentDetail getDocument() {
    return document;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }
}
