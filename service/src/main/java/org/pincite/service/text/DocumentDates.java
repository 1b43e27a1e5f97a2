package org.pincite.service.text;

import java.time.LocalDate;
import java.util.Optional;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.EmailHeaders;

/**
 * The one date a document stands at in the case: the date the team gave it, else when the email was
 * sent.
 */
public final class DocumentDates {
  private DocumentDates() {}

  public static Optional<LocalDate> of(Document d) {
    if (d.getDocumentDate() != null) {
      return Optional.of(d.getDocumentDate());
    }
    return d.getEmail().map(EmailHeaders::getSentAt).map(t -> t.toLocalDate());
  }
}
