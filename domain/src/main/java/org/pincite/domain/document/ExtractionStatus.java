package org.pincite.domain.document;

/** How far the text of a document's original has been read. */
public enum ExtractionStatus {
  PENDING("Pending"),
  EXTRACTED("Extracted"),
  FAILED("Failed"),
  NEEDS_PASSWORD("Needs password"),
  NEEDS_OCR("Needs OCR");

  private final String label;

  ExtractionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
