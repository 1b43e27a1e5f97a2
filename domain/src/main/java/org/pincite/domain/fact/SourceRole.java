package org.pincite.domain.fact;

/** What a passage does to a fact: its supporting evidence, or the other side's evidence against. */
public enum SourceRole {
  SUPPORTS("Supports"),
  DISPUTES("Disputes");

  private final String label;

  SourceRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
