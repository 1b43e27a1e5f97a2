package org.pincite.domain.annotation;

import java.util.List;
import java.util.Optional;

public interface AnnotationRepository {
  Optional<Annotation> find(long id);

  /** The document's passages in reading order. */
  List<Annotation> findByDocument(long documentId);

  Annotation add(Annotation annotation);

  void remove(Annotation annotation);
}
