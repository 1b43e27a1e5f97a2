package org.pincite.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.TokenAccess;
import org.pincite.domain.user.User;
import org.pincite.service.error.AccessDeniedException;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.JpaUserRepository;
import org.pincite.service.jpa.TestDatabase;

/**
 * An API token's life against real H2 and PostgreSQL databases, on a clock the test moves: it works
 * until it expires (and then says when it did), its last use is kept to the minute, and what it
 * signs is narrowed to its scope.
 */
class ApiTokenLifeIT {
  private static final Instant MADE = Instant.parse("2026-03-02T09:15:00Z");
  private TestDatabase db;

  /** A clock the test sets. */
  static final class SetClock extends Clock {
    Instant now = MADE;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final SetClock clock = new SetClock();

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  record Seeded(long matter, long otherMatter) {}

  /** A paralegal on one matter with a token that lives one day. */
  private Seeded seed(String secret, TokenAccess access, boolean oneMatter) {
    return db.inTransaction(
        em -> {
          JpaMatterRepository matters = new JpaMatterRepository(em);
          Matter ours = matters.add(new Matter("Musk v. Altman", "Court", "CGC-24-612746", null));
          Matter theirs = matters.add(new Matter("Doe v. Roe", "Court", "CV-25-000001", null));
          JpaUserRepository users = new JpaUserRepository(em);
          User paralegal = users.add(new User("paralegal", "Pat Doe", Role.PARALEGAL, "hash"));
          paralegal.joinMatter(ours);
          paralegal.joinMatter(theirs);
          users.addToken(
              new ApiToken(
                  paralegal,
                  "laptop",
                  ApiTokens.sha256(secret),
                  access,
                  oneMatter ? ours : null,
                  MADE,
                  MADE.plus(Duration.ofDays(1))));
          return new Seeded(ours.getId(), theirs.getId());
        });
  }

  private Optional<SignedInUser> check(String secret) {
    return db.inTransaction(
        em -> new UserDirectory(new JpaUserRepository(em), null, clock).checkToken(secret));
  }

  private Optional<String> refusal(String secret) {
    return db.inTransaction(
        em -> new UserDirectory(new JpaUserRepository(em), null, clock).tokenRefusal(secret));
  }

  private Instant lastUsed() {
    return db.inTransaction(
        em -> new JpaUserRepository(em).findTokensOf("paralegal").get(0).getLastUsedAt());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aTokenWorksUntilItExpiresAndThenSaysWhen(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    String secret = ApiTokens.newToken();
    seed(secret, TokenAccess.READ_WRITE, false);

    clock.now = MADE.plus(Duration.ofHours(23).plusMinutes(59));
    assertEquals("paralegal", check(secret).orElseThrow().username());
    assertEquals(Optional.empty(), refusal(secret));

    clock.now = MADE.plus(Duration.ofDays(1));
    assertEquals(Optional.empty(), check(secret), "expired at its expiry");
    assertEquals(
        Optional.of("The API token expired on 2026-03-03 09:15 UTC: make a new one"),
        refusal(secret));
    assertEquals(Optional.empty(), refusal(ApiTokens.newToken()), "an unknown token: no reason");
    assertEquals(Optional.empty(), check(ApiTokens.newToken()));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theLastUseIsRecordedAtMostOnceAMinute(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    String secret = ApiTokens.newToken();
    seed(secret, TokenAccess.READ_WRITE, false);
    assertEquals(null, lastUsed(), "never used yet");

    clock.now = MADE.plusSeconds(10);
    check(secret);
    assertEquals(MADE.plusSeconds(10), lastUsed());
    clock.now = MADE.plusSeconds(69);
    check(secret);
    assertEquals(MADE.plusSeconds(10), lastUsed(), "59 s later: not written again");
    clock.now = MADE.plusSeconds(70);
    check(secret);
    assertEquals(MADE.plusSeconds(70), lastUsed(), "a minute later: written");
  }

  private <T> T signedBy(String secret, java.util.function.Function<MatterAccess, T> work) {
    SignedInUser user = check(secret).orElseThrow();
    Principal principal = user::username;
    return db.inTransaction(
        em ->
            work.apply(
                new MatterAccess(
                    () -> principal,
                    new JpaUserRepository(em),
                    new JpaMatterRepository(em),
                    new JpaDocumentRepository(em),
                    new JpaClaimRepository(em),
                    new JpaAnnotationRepository(em),
                    () -> Optional.of(user.token()))));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aOneMatterReadOnlyTokenReadsThatMatterOnlyAndChangesNothing(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    String secret = ApiTokens.newToken();
    Seeded seeded = seed(secret, TokenAccess.READ_ONLY, true);
    clock.now = MADE.plusSeconds(1);

    assertEquals(
        (Long) seeded.matter(),
        signedBy(secret, g -> (Long) g.visibleMatter(seeded.matter()).getId()));
    NotFoundException other =
        assertThrows(
            NotFoundException.class,
            () -> signedBy(secret, g -> g.visibleMatter(seeded.otherMatter())));
    NotFoundException missing =
        assertThrows(
            NotFoundException.class, () -> signedBy(secret, g -> g.visibleMatter(999_999)));
    assertEquals(
        missing.getMessage().replace("999999", "ID"),
        other.getMessage().replace(String.valueOf(seeded.otherMatter()), "ID"),
        "another matter is answered as a missing one");
    AccessDeniedException change =
        assertThrows(
            AccessDeniedException.class,
            () -> signedBy(secret, g -> g.editableMatter(seeded.matter())));
    assertEquals(MatterAccess.READ_ONLY_TOKEN, change.getMessage());
    assertTrue(
        (boolean)
            signedBy(
                secret,
                (MatterAccess g) -> {
                  Matter theirs =
                      g.caller().getMatters().stream()
                          .filter(m -> m.getId() == seeded.otherMatter())
                          .findFirst()
                          .orElseThrow();
                  return !g.withinToken(theirs);
                }),
        "the owner is on the other matter, the token does not reach it");
  }
}
