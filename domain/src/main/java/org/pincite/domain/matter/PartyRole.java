package org.pincite.domain.matter;

public enum PartyRole {
  PLAINTIFF("Plaintiff"),
  DEFENDANT("Defendant"),
  THIRD_PARTY("Third party");

  private final String label;

  PartyRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
