package org.pincite.service.statement;

import java.util.Locale;
import org.pincite.domain.shared.DomainRuleViolation;

/** Whose version of the statement: the moving party's, or the opposing party's with responses. */
public enum StatementSide {
  MOVING,
  OPPOSING;

  /** "moving" or "opposing" (any case); moving when none is named. */
  public static StatementSide parse(String name) {
    if (name == null || name.isBlank()) {
      return MOVING;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          "A statement is the moving or the opposing side's; there is no side '"
              + name.strip()
              + "'");
    }
  }
}
