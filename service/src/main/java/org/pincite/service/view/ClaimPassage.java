package org.pincite.service.view;

import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;

/** A marked passage with the document it comes from: a claim's passages, the orphans to review. */
public record ClaimPassage(
    AnnotationView passage, long documentId, String documentTitle, String exhibitLabel)
    implements java.io.Serializable {
  public static ClaimPassage of(Annotation a) {
    Document d = a.getDocument();
    return new ClaimPassage(AnnotationView.of(a), d.getId(), d.getTitle(), d.getExhibitLabel());
  }
}
