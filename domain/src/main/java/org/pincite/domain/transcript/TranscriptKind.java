package org.pincite.domain.transcript;

/** What a transcript records; each kind has the short form a pin cite uses. */
public enum TranscriptKind {
  DEPOSITION("Deposition", "Dep."),
  HEARING("Hearing", "Hr'g Tr."),
  TRIAL("Trial", "Trial Tr.");

  private final String label;
  private final String citeForm;

  TranscriptKind(String label, String citeForm) {
    this.label = label;
    this.citeForm = citeForm;
  }

  public String label() {
    return label;
  }

  /** "Dep." (after the witness's surname), "Hr'g Tr.", "Trial Tr.". */
  public String citeForm() {
    return citeForm;
  }
}
