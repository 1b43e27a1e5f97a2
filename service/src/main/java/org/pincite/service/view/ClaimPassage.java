package org.pincite.service.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;
import org.pincite.service.cite.DocumentCites;

/** A marked passage with the document it comes from: a claim's passages, the orphans to review. */
public record ClaimPassage(
    AnnotationView passage, long documentId, String documentTitle, String exhibitLabel)
    implements java.io.Serializable {
  /**
   * The passages, each cited by {@code cites} of its document (transcripts named as testimony is
   * cited).
   */
  public static List<ClaimPassage> all(
      List<Annotation> annotations, Function<Document, DocumentCites> cites) {
    return all(annotations, AnnotationView.all(annotations, cites));
  }

  private static List<ClaimPassage> all(List<Annotation> annotations, List<AnnotationView> views) {
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
