package org.pincite.domain.fact;

/** Where the parties stand on a fact. */
public enum FactStatus {
  UNDISPUTED("Undisputed"),
  DISPUTED_BY_OPPOSITION("Disputed by the other side"),
  DISPUTED_BY_US("Disputed by us"),
  UNSURE("Unsure");

  private final String label;

  FactStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True unless someone disputes the fact. */
  public boolean isDisputed() {
    return this == DISPUTED_BY_OPPOSITION || this == DISPUTED_BY_US;
  }
}
