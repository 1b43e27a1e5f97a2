package org.pincite.service.ingest;

import java.util.List;

/**
 * What reading a file gave: its text (or why not), and the files it contained (attachments,
 * messages).
 */
public record ExtractionResult(ExtractionOutcome outcome, List<ContainedFile> contained) {
  /** A file inside another: an email's attachment or forwarded message, a message of a mailbox. */
  public record ContainedFile(String fileName, byte[] content) {}

  public ExtractionResult {
    contained = List.copyOf(contained);
  }

  public static ExtractionResult of(ExtractionOutcome outcome) {
    return new ExtractionResult(outcome, List.of());
  }
}
