package org.pincite.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

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

  /** When a change was made, in UTC: the audit trail's own clock, the same for every reader. */
  public String when(RevisionView revision) {
    return WHEN.format(revision.at());
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
