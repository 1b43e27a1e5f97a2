package org.pincite.service.chronology;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.annotation.Stance;

/**
 * One dated entry: a document (kind DOCUMENT, its title as the text), a passage marked in it (kind
 * PASSAGE, its quote, stance and claims), or a fact of the matter (kind FACT, "Fact 3: …", its
 * claims, and its first source's document and page), with the source to cite; a passage's (or a
 * fact's first source's) {@code cite} is its pin cite as reports print it ("Roe Dep. 3:25–4:2"),
 * null for a document.
 */
public record ChronologyEntry(
    LocalDate date,
    String kind,
    long documentId,
    String documentTitle,
    String documentType,
    Integer page,
    String text,
    Stance stance,
    List<Long> claimIds,
    List<String> claimLabels,
    Long annotationId,
    String cite)
    implements Serializable {
  public static final String DOCUMENT = "DOCUMENT";
  public static final String PASSAGE = "PASSAGE";
  public static final String FACT = "FACT";

  /** The claims' labels as one line. */
  public String claimsText() {
    return String.join("; ", claimLabels);
  }

  public boolean isPassage() {
    return PASSAGE.equals(kind);
  }

  public boolean isFact() {
    return FACT.equals(kind);
  }
}
