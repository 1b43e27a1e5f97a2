package org.pincite.service.error;

import org.pincite.domain.shared.DomainRuleViolation;

/**
 * A report asked for in a format Pincite does not write (the API answers 400 with the formats it
 * does).
 */
public class UnknownReportFormatException extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public UnknownReportFormatException(String message) {
    super(message);
  }
}
