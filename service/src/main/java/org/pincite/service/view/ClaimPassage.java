package org.pincite.service.view;

import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;

/** A passage marked for a claim, with the document it comes from, for the claims page's list. */
public record ClaimPassage(AnnotationView passage, long documentId, String documentTitle, String exhibitLabel) implements java.io.Serializable {
  public static ClaimPassage of(Annotation a) {
    Document d = a.getDocument();
    return new ClaimPassage(AnnotationView.of(a), d.getId(), d.getTitle(), d.getExhibitLabel());
  }
}
