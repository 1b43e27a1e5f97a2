package org.pincite.service.ingest;

import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.EmailHeaders;

/** What reading an original gave: its text, or why there is none. */
public sealed interface ExtractionOutcome {

  /** Records the outcome on the document: its pages and metadata, or its status and reason. */
  void applyTo(Document document);

  /**
   * Text page by page (page 1 first); {@code failedPages} lists pages that could not be read and
   * are kept empty. Title, author, date and email headers are null when the file does not say.
   */
  record Extracted(List<String> pages, List<Integer> failedPages, String title, String author, LocalDate date, EmailHeaders email)
      implements ExtractionOutcome {
    public Extracted {
      pages = List.copyOf(pages);
      failedPages = List.copyOf(failedPages);
    }

    public static Extracted text(List<String> pages) {
      return new Extracted(pages, List.of(), null, null, null, null);
    }

    @Override
    public void applyTo(Document document) {
      if (email != null) {
        document.recordEmailHeaders(email);
      }
      document.fillFromFile(title, date, author);
      document.recordText(pages);
    }
  }

  record NeedsPassword(String reason) implements ExtractionOutcome {
    @Override
    public void applyTo(Document document) {
      document.markNeedsPassword(reason);
    }
  }

  record NeedsOcr(String reason) implements ExtractionOutcome {
    @Override
    public void applyTo(Document document) {
      document.markNeedsOcr(reason);
    }
  }

  record Failed(String reason) implements ExtractionOutcome {
    @Override
    public void applyTo(Document document) {
      document.markFailed(reason);
    }
  }
}
