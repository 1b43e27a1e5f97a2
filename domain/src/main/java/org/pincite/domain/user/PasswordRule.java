package org.pincite.domain.user;

/**
 * How long a password must be: the one rule that the password hasher, user administration and the
 * start-up check of PINCITE_ADMIN_PASSWORD and PINCITE_DEMO_PASSWORD all apply.
 */
public final class PasswordRule {
  public static final int MIN_LENGTH = 12;

  private PasswordRule() {}

  public static boolean isLongEnough(String password) {
    return password != null && password.length() >= MIN_LENGTH;
  }
}
