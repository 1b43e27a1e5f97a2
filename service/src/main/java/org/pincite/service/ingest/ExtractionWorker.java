package org.pincite.service.ingest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.service.store.OriginalStore;

/**
 * Reads one document's text: a short transaction to see what to read, the reading itself outside
 * any transaction (it may take minutes), and a short transaction to record the result. Whatever
 * goes wrong ends as the document's status with its reason; the original is never touched.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractionWorker {
  private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

  @EJB ExtractionRecorder recorder;
  @Inject OriginalStore store;
  @Inject Extractors extractors;
  @Inject ExtractionQueue queue;

  public void run(long documentId) {
    run(documentId, OcrWatch.NONE);
  }

  /** As {@link #run(long)}, its OCR (if any) answering to {@code watch}. */
  public void run(long documentId, OcrWatch watch) {
    try {
      read(documentId, watch);
    } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
      // Recording the result failed: the document must not stay pending for ever.
      LOG.log(Level.WARNING, "Recording the text of document " + documentId + " failed", e);
      recorder.fail(documentId, "The text could not be recorded: " + e);
    }
  }

  private void read(long documentId, OcrWatch watch) {
    ExtractionRecorder.Job job = recorder.start(documentId).orElse(null);
    if (job == null) {
      return; // gone, or no longer pending
    }
    ExtractionResult result;
    try {
      result =
          extractors.extract(
              job.mediaType(),
              Original.ofFile(store.verifiedFile(job.sha256()), queue.takePassword(documentId))
                  .watchedBy(watch));
    } catch (IOException e) {
      result =
          ExtractionResult.of(
              new ExtractionOutcome.Failed("The original could not be read: " + e.getMessage()));
    } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "Extraction of document " + documentId + " failed", e);
      result = ExtractionResult.of(new ExtractionOutcome.Failed("Reading the file failed: " + e));
    }
    recorder.finish(documentId, job.version(), result);
  }
}
