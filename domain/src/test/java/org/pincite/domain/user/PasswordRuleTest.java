package org.pincite.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {
  private static String refusal(String username, String password) {
    Optional<String> problem = PasswordRule.problem(username, password);
    assertTrue(problem.isPresent(), "'" + password + "' was accepted for " + username);
    return problem.get();
  }

  @Test
  void aShortPasswordIsRefusedWithItsLength() {
    assertEquals(
        "A password needs at least 12 characters; this one has 11", refusal("dana", "Tr0ub4dor&3"));
    assertTrue(refusal("dana", null).endsWith("this one has 0"));
  }

  @Test
  void aPasswordLongerThanTheBoundIsRefused() {
    assertTrue(refusal("dana", "correct horse ".repeat(20)).contains("at most 256"));
  }

  @Test
  void aPasswordThatContainsTheUserNameIsRefused() {
    assertEquals(
        "A password may not contain the user name ('dana.scully')",
        refusal("dana.scully", "my-DANA.SCULLY-pass"));
    assertTrue(refusal("dana.scully", "dana.scully!").contains("user name"));
  }

  @Test
  void oneThingRepeatedIsRefusedNamingTheThing() {
    assertEquals(
        "A password may not be one thing repeated ('a' over and over)",
        refusal("dana", "aaaaaaaaaaaa"));
    assertTrue(refusal("dana", "abcXabcXabcX").contains("'abcX' over and over"));
  }

  @Test
  void runsOfDigitsLettersAndKeysAreRefused() {
    for (String run :
        new String[] {
          "123456789012",
          "abcdefghijkl",
          "lkjihgfedcba",
          "qwertyuiopqw",
          "qwertyuiopas",
          "098765432109"
        }) {
      assertTrue(refusal("dana", run).contains("run of letters, digits or keys"), run);
    }
  }

  @Test
  void commonPasswordsAreRefusedAlsoWithDigitsAdded() {
    assertEquals(
        "This password is on the list of common passwords that are tried first",
        refusal("dana", "LeaveMeAlone"));
    assertEquals(
        "This password is a common password ('sunshine') with digits or symbols added, which is"
            + " tried early",
        refusal("dana", "sunshine2024!"));
    assertTrue(refusal("dana", "password1234").contains("common"));
    assertTrue(refusal("dana", "2024!!Dragon!!").contains("('dragon')"));
  }

  @Test
  void aLongUnusualPassphraseIsAccepted() {
    assertEquals(Optional.empty(), PasswordRule.problem("dana", "violet kettle under a bridge"));
    assertEquals(Optional.empty(), PasswordRule.problem("dana", "Mx7#pq2!Lw9z"));
    assertEquals(Optional.empty(), PasswordRule.problem(null, "test-matter-password-1"));
    // A short user name is not looked for inside the password: it would be anywhere.
    assertEquals(Optional.empty(), PasswordRule.problem("vi", "violet kettle under a bridge"));
  }
}
