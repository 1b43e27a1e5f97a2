package org.pincite.service.search;

import java.util.Optional;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.service.text.DocumentDates;

/** What every hit carries about its document: the matter, kind, type, date, sender. */
final class DocumentFacts {
  private DocumentFacts() {}

  static void write(SearchFields f, DocumentElement target, Document d) {
    target.addValue(f.matterId, d.getMatter().getId());
    target.addValue(f.documentId, d.getId());
    target.addValue(f.documentTitle, d.toString());
    target.addValue(f.kind, d.getKind().name());
    target.addValue(f.type, d.getType().name());
    DocumentDates.of(d)
        .ifPresent(
            date -> {
              target.addValue(f.date, date);
              target.addValue(f.year, date.getYear());
            });
    d.getEmail()
        .map(EmailHeaders::getFrom)
        .filter(s -> !s.isBlank())
        .ifPresent(from -> target.addValue(f.sender, from.strip()));
  }

  /** An email's headers as one searchable text, as a reader sees them above the message. */
  static Optional<String> headerText(Document d) {
    return d.getEmail()
        .map(
            h -> {
              StringBuilder s = new StringBuilder();
              line(s, "From", h.getFrom());
              line(s, "To", h.getTo());
              line(s, "Cc", h.getCc());
              line(s, "Subject", h.getSubject());
              return s.toString();
            })
        .filter(s -> !s.isBlank());
  }

  private static void line(StringBuilder s, String name, String value) {
    if (value != null && !value.isBlank()) {
      s.append(name).append(": ").append(value.strip()).append('\n');
    }
  }
}
