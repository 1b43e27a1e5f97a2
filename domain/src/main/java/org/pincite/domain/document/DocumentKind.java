package org.pincite.domain.document;

/**
 * A filing was filed with the court; evidence is anything else that may prove or disprove a claim.
 */
public enum DocumentKind {
  FILING("Filing"),
  EVIDENCE("Evidence");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
