package org.pincite.service.ingest.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.ExtractionResult;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;
import org.pincite.service.ingest.MailboxSplitter;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.ingest.Original;
import org.pincite.service.ingest.TextExtractor;

/**
 * Unix mbox files: a one-line text saying how many messages they hold, and the messages as
 * message-1.eml, message-2.eml, ..., each of which becomes an email document of the family.
 */
@ApplicationScoped
public class MailboxExtractor implements TextExtractor {
  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.MBOX);
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    List<byte[]> messages = MailboxSplitter.split(original.bytes());
    if (messages.isEmpty()) {
      return ExtractionResult.of(new ExtractionOutcome.Failed("The mailbox holds no messages"));
    }
    List<ContainedFile> files = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      files.add(new ContainedFile("message-" + (i + 1) + ".eml", messages.get(i)));
    }
    return new ExtractionResult(
        ExtractionOutcome.Extracted.text(
            List.of(
                "Mailbox of "
                    + messages.size()
                    + " messages; each is a document of its own below.\n")),
        files);
  }
}
