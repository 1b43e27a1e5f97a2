package org.pincite.service.ingest;

import java.util.List;
import java.util.Objects;

/**
 * An email read for ingest: its headers and body text as the email document's outcome, and the
 * files it carried, each of which becomes a document of its own.
 */
public record ParsedEmail(ExtractionOutcome.Extracted text, List<EmailAttachment> attachments) {
  public ParsedEmail {
    Objects.requireNonNull(text, "text");
    attachments = List.copyOf(attachments);
  }
}
