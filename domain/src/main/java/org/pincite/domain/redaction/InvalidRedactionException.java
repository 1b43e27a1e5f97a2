package org.pincite.domain.redaction;

import org.pincite.domain.shared.DomainRuleViolation;

/** A box that does not lie inside its page, or a text range that does not fall on the text. */
public class InvalidRedactionException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public InvalidRedactionException(String message) {
    super(message);
  }
}
