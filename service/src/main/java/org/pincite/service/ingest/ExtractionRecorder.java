package org.pincite.service.ingest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptRepository;
import org.pincite.service.transcript.TranscriptCaption;

/** The two short transactions around a background extraction. */
@Stateless
public class ExtractionRecorder {
  private static final Logger LOG = Logger.getLogger(ExtractionRecorder.class.getName());

  /** What the worker needs to read a document's original. */
  public record Job(String sha256, String mediaType, long version) {}

  @Inject DocumentRepository documents;
  @Inject AnnotationRepository annotations;
  @Inject TranscriptRepository transcripts;
  @EJB IngestService ingest;

  public Optional<Job> start(long documentId) {
    return documents
        .find(documentId)
        .filter(d -> d.getStatus() == ExtractionStatus.PENDING)
        .map(
            d ->
                new Job(
                    d.getOriginal().getSha256(), d.getOriginal().getMediaType(), d.getVersion()));
  }

  /** Ends a document's reading as failed, when even recording its result went wrong. */
  public void fail(long documentId, String reason) {
    documents
        .find(documentId)
        .filter(d -> d.getStatus() == ExtractionStatus.PENDING)
        .ifPresent(d -> d.markFailed(reason));
  }

  public void finish(long documentId, long startedAtVersion, ExtractionResult result) {
    Document document = documents.find(documentId).orElse(null);
    if (document == null
        || document.getStatus() != ExtractionStatus.PENDING
        || document.getVersion() != startedAtVersion) {
      LOG.fine(
          () -> "Document " + documentId + " changed while it was read; the result is dropped");
      return;
    }
    result.outcome().applyTo(document);
    if (result.outcome() instanceof ExtractionOutcome.Extracted extracted
        && extracted.caption() != null
        && document.isLineNumbered()) {
      recordTranscript(document, extracted.caption());
    }
    result.contained().forEach(file -> ingest.addContained(document, file));
    if (document.getStatus() == ExtractionStatus.EXTRACTED) {
      reanchorPassages(document);
    }
  }

  /**
   * A document whose caption reads as a transcript becomes one (unless the team typed it as
   * something else), with what the caption says; particulars the team already set are kept.
   */
  private void recordTranscript(Document document, TranscriptCaption caption) {
    if (document.getType() == DocumentType.OTHER) {
      document.reclassify(DocumentKind.EVIDENCE, DocumentType.TRANSCRIPT);
    }
    if (document.getType() != DocumentType.TRANSCRIPT
        || transcripts.find(document.getId()).isPresent()) {
      return;
    }
    document.fillFromFile(null, caption.date(), null); // dated as taken, for the chronology
    Transcript transcript = new Transcript(document, caption.kind());
    // The first page printed: a second volume's pages go on from the first's.
    int firstPage =
        document.getPages().stream()
            .flatMap(p -> p.getLines().stream())
            .mapToInt(NumberedLine::getPrintedPage)
            .min()
            .orElse(1);
    transcript.describe(
        caption.kind(),
        caption.witness(),
        caption.date(),
        caption.volume(),
        firstPage,
        caption.trialDay());
    transcripts.add(transcript);
  }

  /** The document's text may have changed: each marked passage is found again or orphaned. */
  private void reanchorPassages(Document document) {
    List<Annotation> marked = annotations.findByDocument(document.getId());
    if (marked.isEmpty()) {
      return;
    }
    List<String> texts = document.getPages().stream().map(Page::getText).toList();
    Map<Annotation.Reanchoring, Long> outcomes =
        marked.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.reanchor(texts),
                    () -> new EnumMap<>(Annotation.Reanchoring.class),
                    Collectors.counting()));
    LOG.info(
        () ->
            "Passages of document "
                + document.getId()
                + " re-anchored in its new text: "
                + outcomes);
  }
}
