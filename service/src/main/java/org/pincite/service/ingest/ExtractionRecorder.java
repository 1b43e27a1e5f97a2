package org.pincite.service.ingest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.pincite.service.IngestService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.ExtractionStatus;

/** The two short transactions around a background extraction. */
@Stateless
public class ExtractionRecorder {
  private static final Logger LOG = Logger.getLogger(ExtractionRecorder.class.getName());

  /** What the worker needs to read a document's original. */
  public record Job(String sha256, String mediaType, long version) {}

  @Inject DocumentRepository documents;
  @EJB IngestService ingest;

  public Optional<Job> start(long documentId) {
    return documents.find(documentId)
        .filter(d -> d.getStatus() == ExtractionStatus.PENDING)
        .map(d -> new Job(d.getOriginal().getSha256(), d.getOriginal().getMediaType(), d.getVersion()));
  }

  /** Ends a document's reading as failed, when even recording its result went wrong. */
  public void fail(long documentId, String reason) {
    documents.find(documentId).filter(d -> d.getStatus() == ExtractionStatus.PENDING).ifPresent(d -> d.markFailed(reason));
  }

  public void finish(long documentId, long startedAtVersion, ExtractionResult result) {
    Document document = documents.find(documentId).orElse(null);
    if (document == null || document.getStatus() != ExtractionStatus.PENDING || document.getVersion() != startedAtVersion) {
      LOG.fine(() -> "Document " + documentId + " changed while it was read; the result is dropped");
      return;
    }
    result.outcome().applyTo(document);
    result.contained().forEach(file -> ingest.addContained(document, file));
  }
}
