package org.pincite.domain.shared;

/**
 * A request that would break one of the model's rules. Each rule a user can break has its own
 * subtype so that the layers above can answer with a message a person can act on.
 */
public class DomainRuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DomainRuleViolation(String message) {
    super(message);
  }
}
