package org.pincite.service.ingest.mail;

import java.util.List;
import java.util.Objects;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.ExtractionResult;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;

/**
 * An email read for ingest: its headers and body text as the email document's outcome, and the
 * files it carried, each of which becomes a document of its own.
 */
public record ParsedEmail(ExtractionOutcome.Extracted text, List<EmailAttachment> attachments) {
  public ParsedEmail {
    Objects.requireNonNull(text, "text");
    attachments = List.copyOf(attachments);
  }

  /** The email's text, and its attachments as files of its family. */
  public ExtractionResult toResult() {
    return new ExtractionResult(
        text, attachments.stream().map(a -> new ContainedFile(a.fileName(), a.content())).toList());
  }
}
