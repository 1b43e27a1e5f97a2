package org.pincite.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;

class ApiTokenTest {
  private static final String SHA = "0123456789abcdef".repeat(4);
  private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

  private final User owner = new User("pat", "Pat Doe", Role.PARALEGAL, "hash");

  private ApiToken token(Instant expiresAt, Matter matter) {
    return new ApiToken(owner, "laptop", SHA, TokenAccess.READ_ONLY, matter, NOW, expiresAt);
  }

  @Test
  void aTokenMustExpireAfterItIsMade() {
    DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> token(NOW, null));
    assertEquals("A token must expire after it is made", refused.getMessage());
  }

  @Test
  void aTokenCannotNameAMatterItsOwnerIsNotOn() {
    Matter theirs = new Matter("Doe v. Roe", "Court", "CV-1", null);
    DomainRuleViolation refused =
        assertThrows(DomainRuleViolation.class, () -> token(NOW.plusSeconds(60), theirs));
    assertTrue(refused.getMessage().contains("not on"), refused.getMessage());
    Matter ours = new Matter("Musk v. Altman", "Court", "CGC-1", null);
    owner.joinMatter(ours);
    assertEquals(ours, token(NOW.plusSeconds(60), ours).getMatter().orElseThrow());
  }

  @Test
  void itIsActiveUntilItExpiresOrIsRevokedOrItsOwnerIsDisabled() {
    ApiToken token = token(NOW.plus(Duration.ofDays(1)), null);
    assertTrue(token.isActiveAt(NOW.plus(Duration.ofDays(1)).minusMillis(1)));
    assertFalse(token.isActiveAt(NOW.plus(Duration.ofDays(1))));
    token.revoke(NOW.plusSeconds(5));
    assertFalse(token.isActiveAt(NOW.plusSeconds(6)));
    assertThrows(DomainRuleViolation.class, () -> token.revoke(NOW.plusSeconds(7)));
    ApiToken another = token(NOW.plus(Duration.ofDays(1)), null);
    owner.disable();
    assertFalse(another.isActiveAt(NOW.plusSeconds(1)));
  }

  @Test
  void usesLessThanAMinuteApartAreRecordedOnce() {
    ApiToken token = token(NOW.plus(Duration.ofDays(1)), null);
    assertTrue(token.recordUse(NOW));
    assertFalse(token.recordUse(NOW.plusSeconds(59)));
    assertEquals(NOW, token.getLastUsedAt());
    assertTrue(token.recordUse(NOW.plusSeconds(60)));
    assertEquals(NOW.plusSeconds(60), token.getLastUsedAt());
  }
}
