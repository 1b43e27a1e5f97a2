package org.pincite.domain.redaction;

import java.util.List;
import java.util.Optional;

/** A document's redactions. */
public interface RedactionRepository {
  Optional<Redaction> find(long id);

  /** The document's redactions in page order (first page, then when they were made). */
  List<Redaction> ofDocument(long documentId);

  /** The redactions that cover page {@code page} of the document (a text range may span pages). */
  List<Redaction> onPage(long documentId, int page);

  /** Whether the document has any redaction at all (cheaper than listing them). */
  boolean anyIn(long documentId);

  Redaction add(Redaction redaction);

  void remove(Redaction redaction);
}
