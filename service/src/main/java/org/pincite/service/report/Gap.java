package org.pincite.service.report;

import org.pincite.domain.annotation.Stance;

/** A claim or element with no passage on one side: {@code missing} is SUPPORTS or REFUTES. */
public record Gap(long claimId, String title, Stance missing) {
  /** "No supporting evidence" / "No refuting evidence". */
  public String description() {
    return missing == Stance.SUPPORTS ? "No supporting evidence" : "No refuting evidence";
  }
}
