package org.pincite.domain.annotation;

import java.util.List;
import java.util.Optional;

public interface AnnotationRepository {
  Optional<Annotation> find(long id);

  /** The document's passages in reading order. */
  List<Annotation> findByDocument(long documentId);

  Annotation add(Annotation annotation);

  void remove(Annotation annotation);

  /** The passages that bear on any of these claims, with their documents and all their claims. */
  List<Annotation> findByClaims(java.util.Collection<Long> claimIds);

  /** Every passage of the matter, with its document and claims. */
  List<Annotation> findByMatter(long matterId);
}
