package org.pincite.service.view;

import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;

/** A marked passage with the document it comes from: a claim's passages, the orphans to review. */
public record ClaimPassage(
    AnnotationView passage, long documentId, String documentTitle, String exhibitLabel)
    implements java.io.Serializable {
  public static ClaimPassage of(Annotation a) {
    return of(a, AnnotationView.of(a));
  }

  /** The passages, each document's pages read once for their cites. */
  public static List<ClaimPassage> all(List<Annotation> annotations) {
    List<AnnotationView> views = AnnotationView.all(annotations);
    List<ClaimPassage> all = new ArrayList<>(views.size());
    for (int i = 0; i < views.size(); i++) {
      all.add(of(annotations.get(i), views.get(i)));
    }
    return all;
  }

  private static ClaimPassage of(Annotation a, AnnotationView view) {
    Document d = a.getDocument();
    return new ClaimPassage(view, d.getId(), d.getTitle(), d.getExhibitLabel());
  }
}
