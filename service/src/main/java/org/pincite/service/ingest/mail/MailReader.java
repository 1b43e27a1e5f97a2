package org.pincite.service.ingest.mail;

import java.io.IOException;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.ExtractionResult;
import org.pincite.service.ingest.Original;
import org.pincite.service.ingest.TextExtractor;

/**
 * What the two email formats share as extractors: the message's headers and body as its text, its
 * attachments and forwarded messages as files of its family, and an unreadable message as a failure
 * with the reason {@link #parse} gave.
 */
abstract class MailReader implements TextExtractor {

  /**
   * The message's headers, body and attachments.
   *
   * @throws UnreadableEmailException when the bytes are not a message of this format at all; its
   *     message is the reason to show
   */
  public abstract ParsedEmail parse(byte[] message) throws UnreadableEmailException;

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    try {
      return parse(original.bytes()).toResult();
    } catch (UnreadableEmailException e) {
      return ExtractionResult.of(new ExtractionOutcome.Failed(e.getMessage()));
    }
  }

  /** The message as the document's outcome; Failed with the reason when it cannot be read. */
  public ExtractionOutcome extract(byte[] message) {
    try {
      return parse(message).text();
    } catch (UnreadableEmailException e) {
      return new ExtractionOutcome.Failed(e.getMessage());
    }
  }
}
