package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.ingest.ExtractionQueue;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.QueuedDocument;

/**
 * The extraction and OCR queue as people see it: administrators all of it, everyone else what they
 * asked for themselves; and its cancel, for who asked and for administrators. A cancel is a change
 * of the document's status, so the audit trail records who cancelled and when.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class OcrQueueService {
  private static final Logger LOG = Logger.getLogger(OcrQueueService.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject MatterAccess access;
  @Inject DocumentRepository documents;
  @Inject ExtractionQueue queue;

  /** What waits or is being read, oldest first, as far as the caller may see it. */
  public List<QueuedDocument> queue() {
    User caller = access.caller();
    boolean all = caller.getRole() == Role.ADMIN;
    Instant now = Instant.now();
    List<QueuedDocument> visible = new ArrayList<>();
    for (ExtractionQueue.Waiting w : queue.snapshot()) {
      if (!all && !caller.getUsername().equals(w.requestedBy())) {
        continue;
      }
      Optional<Document> document = documents.find(w.documentId());
      if (document.isEmpty() || !caller.mayAccess(document.get().getMatter())) {
        continue;
      }
      Document d = document.get();
      visible.add(
          new QueuedDocument(
              d.getId(),
              d.getTitle(),
              d.getMatter().getId(),
              d.getMatter().getDocketNumber(),
              w.requestedBy(),
              w.queuedAt(),
              Duration.between(w.queuedAt(), now).toSeconds(),
              w.state(),
              w.ocrPages(),
              w.ocrPagesDone()));
    }
    return visible;
  }

  /**
   * One line for the matter page: how many of the matter's documents wait or are being read, and
   * how far its OCR is; null when none is in the queue. For anyone who may see the matter.
   */
  public String summaryOf(long matterId) {
    access.visibleMatter(matterId);
    List<ExtractionQueue.Waiting> ofMatter =
        queue.snapshot().stream().filter(w -> w.matterId() == matterId).toList();
    if (ofMatter.isEmpty()) {
      return null;
    }
    long waiting = ofMatter.stream().filter(w -> w.state().equals("WAITING")).count();
    StringBuilder line =
        new StringBuilder("Reading queue: ")
            .append(waiting)
            .append(waiting == 1 ? " document waits" : " documents wait")
            .append(", ")
            .append(ofMatter.size() - waiting)
            .append(" being read");
    ofMatter.stream()
        .filter(w -> w.ocrPages() != null)
        .forEach(
            w ->
                line.append("; document ")
                    .append(w.documentId())
                    .append(" in OCR, page ")
                    .append(w.ocrPagesDone())
                    .append(" of ")
                    .append(w.ocrPages()));
    long oldest = Duration.between(ofMatter.get(0).queuedAt(), Instant.now()).toSeconds();
    return line.append(" (the oldest queued ").append(oldest).append(" s ago).").toString();
  }

  /**
   * Stops the reading of a document waiting or being read (its OCR stops before the next page): it
   * then waits as NEEDS_OCR (a PDF) or FAILED with who cancelled it and when, until someone reads
   * it again. For who asked for the reading (or anyone who may add documents to the matter, when
   * the server no longer knows who did) and for administrators.
   */
  public DocumentRow cancel(long documentId) {
    Document d = access.documentToReadAgain(documentId);
    User caller = access.caller();
    Optional<String> requestedBy = queue.requestedBy(documentId);
    if (caller.getRole() != Role.ADMIN
        && requestedBy.isPresent()
        && !requestedBy.get().equals(caller.getUsername())) {
      throw new AccessDeniedException(
          "Only "
              + requestedBy.get()
              + ", who asked for this document to be read, or an administrator may cancel it");
    }
    if (d.getStatus() != ExtractionStatus.PENDING) {
      throw new IngestException(
          "Document "
              + documentId
              + " is not waiting to be read (it is "
              + d.getStatus().label()
              + "): there is nothing to cancel");
    }
    queue.cancel(documentId);
    String reason =
        "Reading cancelled by "
            + caller.getUsername()
            + " on "
            + WHEN.format(Instant.now())
            + "; Retry reads it again.";
    if (MediaTypeDetector.PDF.equals(d.getOriginal().getMediaType())) {
      d.markNeedsOcr(reason);
    } else {
      d.markFailed(reason);
    }
    LOG.info(() -> caller.getUsername() + " cancelled the reading of document " + documentId);
    return DocumentRow.of(d);
  }
}
