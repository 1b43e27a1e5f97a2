package org.pincite.service.redaction;

import org.pincite.domain.shared.DomainRuleViolation;

/**
 * A redaction that cannot be burned into its page: its words' place on the page is not known, or
 * its words are no longer where it was made. A redacted copy is then not made at all, never made
 * with the words still showing.
 */
public class RedactionNotPlaceableException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public RedactionNotPlaceableException(String message) {
    super(message);
  }
}
