package org.pincite.domain.transcript;

import java.util.Locale;
import java.util.Optional;

/** A party's own offer of testimony, or its answer to the other side's. */
public enum DesignationKind {
  DESIGNATION("Designation"),
  COUNTER_DESIGNATION("Counter-designation");

  private final String label;

  DesignationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * "Designation", "Counter-designation", "counter", "COUNTER_DESIGNATION" as review tools write.
   */
  public static Optional<DesignationKind> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    if (t.startsWith("counter") || t.equals("cd")) {
      return Optional.of(COUNTER_DESIGNATION);
    }
    if (t.startsWith("designation") || t.equals("d") || t.equals("affirmative")) {
      return Optional.of(DESIGNATION);
    }
    return Optional.empty();
  }
}
