package org.pincite.domain.annotation;

import org.pincite.domain.shared.DomainRuleViolation;

/**
 * A selection that does not fall on the document's text, or whose quote is not what the text says.
 */
public class InvalidPassageException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public InvalidPassageException(String message) {
    super(message);
  }
}
