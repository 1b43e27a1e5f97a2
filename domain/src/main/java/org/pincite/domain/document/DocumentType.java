package org.pincite.domain.document;

/**
 * What a document is. Cases, statutes, rules and articles are legal authorities: they are cited by
 * their short name and printed page, a case by its reporter cite when it has one.
 */
public enum DocumentType {
  COMPLAINT("Complaint", "Compl."),
  ANSWER("Answer", "Answer"),
  MOTION("Motion", "Mot."),
  EXHIBIT("Exhibit", "Ex."),
  EMAIL("Email", "Email"),
  ARTICLE("Article", "Article"),
  CASE("Case", "Case"),
  STATUTE("Statute", "Stat."),
  RULE("Rule", "R."),
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

  /** A case, statute, rule or article: law a brief relies on, not evidence of the case. */
  public boolean isAuthority() {
    return this == CASE || this == STATUTE || this == RULE || this == ARTICLE;
  }

  /** The short form a pin cite uses ("Compl. ¶ 23"). */
  public String citeAbbreviation() {
    return citeAbbreviation;
  }
}
