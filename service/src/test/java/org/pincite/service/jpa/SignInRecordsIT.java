package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.SignIn;
import org.pincite.domain.user.SignIn.Outcome;
import org.pincite.domain.user.SignIn.Via;
import org.pincite.domain.user.TokenAccess;
import org.pincite.domain.user.User;

/** The sign-in records and soft removal (migration V6) on H2 and PostgreSQL. */
class SignInRecordsIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void signInsAreKeptNewestFirstWithTheirSessionsUntilTheyEnd(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    db.run(
        em -> {
          JpaUserRepository users = new JpaUserRepository(em);
          users.addSignIn(
              new SignIn("Dana", "198.51.100.7", Via.BASIC, Outcome.WRONG_PASSWORD, "wrong"));
          SignIn accepted =
              users.addSignIn(new SignIn("dana", "198.51.100.7", Via.FORM, Outcome.ACCEPTED, null));
          accepted.openedSession("session-ref-1");
          users.addSignIn(
              new SignIn("x".repeat(500), "a".repeat(100), Via.BASIC, Outcome.UNKNOWN_USER, null));
        });
    db.run(
        em -> {
          JpaUserRepository users = new JpaUserRepository(em);
          List<SignIn> dana = users.findSignIns("DANA", 10);
          assertEquals(2, dana.size());
          assertEquals(Outcome.ACCEPTED, dana.get(0).getOutcome());
          assertEquals("198.51.100.7", dana.get(1).getAddress());
          assertEquals(3, users.findSignIns(null, 10).size());
          assertEquals(1, users.findSignIns(null, 1).size());
          assertEquals(63, users.findSignIns("x".repeat(63), 10).get(0).getUsername().length());
          assertEquals(1, users.findOpenSessions("dana").size());
          users.findSignInOfSession("session-ref-1").orElseThrow().sessionEnded();
        });
    db.run(
        em -> {
          JpaUserRepository users = new JpaUserRepository(em);
          assertEquals(List.of(), users.findOpenSessions("dana"));
          assertTrue(
              users.findSignInOfSession("session-ref-1").orElseThrow().getSessionEndedAt() != null);
          users
              .addSignIn(new SignIn("dana", "198.51.100.8", Via.FORM, Outcome.ACCEPTED, null))
              .openedSession("session-ref-2");
        });
    int ended = db.inTransaction(em -> new JpaUserRepository(em).endEverySession());
    assertEquals(1, ended);
    assertThrows(
        DomainRuleViolation.class,
        () ->
            new SignIn("dana", "198.51.100.7", Via.FORM, Outcome.LOCKED, "locked")
                .openedSession("r"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aRemovedUserKeepsTheirNameAndCannotBeEnabledAgain(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    db.run(
        em -> {
          JpaUserRepository users = new JpaUserRepository(em);
          User erin = users.add(new User("erin", "Erin Roe", Role.PARALEGAL, "hash"));
          users.addToken(
              new ApiToken(
                  erin,
                  "laptop",
                  "cd".repeat(32),
                  TokenAccess.READ_WRITE,
                  null,
                  Instant.now(),
                  Instant.now().plus(Duration.ofDays(90))));
          erin.remove();
        });
    db.run(
        em -> {
          JpaUserRepository users = new JpaUserRepository(em);
          User erin = users.findByUsername("erin").orElseThrow();
          assertTrue(erin.isRemoved());
          assertFalse(erin.isEnabled());
          assertFalse(
              users.findTokenBySha256("cd".repeat(32)).orElseThrow().isActiveAt(Instant.now()));
          assertThrows(DomainRuleViolation.class, erin::enable);
          assertThrows(DomainRuleViolation.class, erin::remove);
        });
  }
}
