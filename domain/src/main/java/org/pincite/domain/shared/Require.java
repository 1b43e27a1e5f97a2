package org.pincite.domain.shared;

/** Argument checks shared by the entities' constructors. */
public final class Require {
  private Require() {}

  /** The trimmed text, or a {@link DomainRuleViolation} naming the field when it is blank. */
  public static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(field + " must not be blank");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new DomainRuleViolation(
          field
              + " is "
              + trimmed.length()
              + " characters long; at most "
              + maxLength
              + " are allowed");
    }
    return trimmed;
  }

  /** The trimmed text or null when blank; too long still fails. */
  public static String optionalText(String value, String field, int maxLength) {
    return value == null || value.isBlank() ? null : text(value, field, maxLength);
  }

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new DomainRuleViolation(field + " is required");
    }
    return value;
  }
}
