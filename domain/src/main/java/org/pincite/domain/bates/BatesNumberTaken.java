package org.pincite.domain.bates;

import org.pincite.domain.shared.DomainRuleViolation;

/** A Bates range that would reuse a number the matter already gave a page. */
public class BatesNumberTaken extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public BatesNumberTaken(BatesRange wanted, String heldBy, BatesRange held) {
    super(
        "The Bates numbers "
            + wanted
            + " overlap "
            + held
            + " of "
            + heldBy
            + ": a Bates number is never reused in a matter");
  }
}
