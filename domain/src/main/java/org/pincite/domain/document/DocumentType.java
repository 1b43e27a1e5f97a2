package org.pincite.domain.document;

public enum DocumentType {
  COMPLAINT("Complaint", "Compl."),
  ANSWER("Answer", "Answer"),
  MOTION("Motion", "Mot."),
  EXHIBIT("Exhibit", "Ex."),
  EMAIL("Email", "Email"),
  ARTICLE("Article", "Article"),
  /** A deposition, hearing or trial record: cited by page and line ("Roe Dep. 3:25–4:2"). */
  TRANSCRIPT("Transcript", "Tr."),
  OTHER("Other", "Doc.");

  private final String label;
  private final String citeAbbreviation;

  DocumentType(String label, String citeAbbreviation) {
    this.label = label;
    this.citeAbbreviation = citeAbbreviation;
  }

  public String label() {
    return label;
  }

  /** The short form a pin cite uses ("Compl. ¶ 23"). */
  public String citeAbbreviation() {
    return citeAbbreviation;
  }
}
