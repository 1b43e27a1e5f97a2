package org.pincite.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, in the spirit of NIST SP 800-63B (5.1.1.2): long enough, and not one
 * an attacker tries first. It is refused when it is shorter than {@value #MIN_LENGTH} characters,
 * contains the user name, is one unit repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}), a run
 * along the alphabet, the digits or a keyboard row ({@code 123456789012}, {@code abcdefghijkl},
 * {@code qwertyuiopas}), or a common password (the list of {@code common-passwords.txt} beside this
 * class), also with digits or symbols added before or after it ({@code password1234}). No rules
 * about character classes: NIST advises against them. The user administration, the password change
 * and the start-up check of PINCITE_ADMIN_PASSWORD and PINCITE_DEMO_PASSWORD all apply this one
 * rule.
 */
public final class PasswordRule {
  public static final int MIN_LENGTH = 12;

  /** Long enough for any passphrase; a bound on what the hash is asked to digest. */
  public static final int MAX_LENGTH = 256;

  /** A user name shorter than this is not looked for inside the password (it would be anywhere). */
  private static final int USERNAME_SEARCHED_FROM = 3;

  /** The shortest common password looked for inside digits or symbols added around it. */
  private static final int COMMON_CORE_MIN = 4;

  private static final List<String> RUNS =
      List.of(
          "0123456789",
          "abcdefghijklmnopqrstuvwxyz",
          "qwertyuiopasdfghjklzxcvbnm",
          "qwertyuiop",
          "asdfghjkl",
          "zxcvbnm",
          "qwertzuiop",
          "azertyuiop",
          "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordRule() {}

  public static boolean isLongEnough(String password) {
    return password != null && password.length() >= MIN_LENGTH;
  }

  /**
   * Why this password may not be the password of this user, as a sentence to show them; empty when
   * it may. The user name may be null when no user is known yet.
   */
  public static Optional<String> problem(String username, String password) {
    if (!isLongEnough(password)) {
      int length = password == null ? 0 : password.length();
      return Optional.of(
          "A password needs at least " + MIN_LENGTH + " characters; this one has " + length);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(
          "A password has at most "
              + MAX_LENGTH
              + " characters; this one has "
              + password.length());
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && username.strip().length() >= USERNAME_SEARCHED_FROM) {
      String name = username.strip().toLowerCase(Locale.ROOT);
      if (lower.contains(name)) {
        return Optional.of("A password may not contain the user name ('" + name + "')");
      }
    }
    Optional<String> repeated = repeatedUnit(password);
    if (repeated.isPresent()) {
      return Optional.of(
          "A password may not be one thing repeated ('" + repeated.get() + "' over and over)");
    }
    if (isRun(lower)) {
      return Optional.of(
          "A password may not be a run of letters, digits or keys in a row (like 123456789012 or"
              + " abcdefghijkl)");
    }
    if (COMMON.contains(lower)) {
      return Optional.of("This password is on the list of common passwords that are tried first");
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (core.length() >= COMMON_CORE_MIN && COMMON.contains(core)) {
      return Optional.of(
          "This password is a common password ('"
              + core
              + "') with digits or symbols added, which is tried early");
    }
    return Optional.empty();
  }

  /** The shortest unit the whole password repeats, when it is one unit repeated. */
  private static Optional<String> repeatedUnit(String password) {
    int length = password.length();
    for (int unit = 1; unit <= length / 2; unit++) {
      if (length % unit != 0) {
        continue;
      }
      String candidate = password.substring(0, unit);
      if (candidate.repeat(length / unit).equals(password)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether it lies along one of the runs (either way, around the end and on). */
  private static boolean isRun(String lower) {
    for (String run : RUNS) {
      String around = run.repeat(lower.length() / run.length() + 2);
      if (around.contains(lower)
          || new StringBuilder(around).reverse().toString().contains(lower)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load(String resource) {
    Set<String> passwords = new HashSet<>(65_536);
    try (InputStream in = PasswordRule.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The list of common passwords (" + resource + ") is missing from the domain jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          passwords.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(passwords);
  }
}
