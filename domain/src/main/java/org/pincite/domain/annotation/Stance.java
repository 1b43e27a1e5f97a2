package org.pincite.domain.annotation;

/** What a passage does to a claim. */
public enum Stance {
  SUPPORTS("Supports"),
  REFUTES("Refutes"),
  CONTEXT("Context");

  private final String label;

  Stance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
