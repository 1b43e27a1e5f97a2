package org.pincite.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pincite.domain.user.SignIn.Outcome;
import org.pincite.service.security.SignInThrottle.Limits;
import org.pincite.service.security.SignInThrottle.Refusal;

class SignInThrottleTest {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }
  }

  private final HandClock clock = new HandClock();
  private final SignInThrottle throttle =
      new SignInThrottle(new Limits(5, 10, Duration.ofMinutes(15), 20, 100), clock);

  /** One wrong password the throttle let through to the hash. */
  private void wrongPassword(String user, String address) {
    assertEquals(Optional.empty(), throttle.refusal(user, address), "refused before the hash");
    throttle.failed(user, address);
  }

  @Test
  void theFirstFiveFailuresWaitForNothingThenTheDelaysDouble() {
    for (int i = 0; i < 5; i++) {
      wrongPassword("dana", "192.0.2.1");
    }
    Refusal sixth = throttle.refusal("dana", "192.0.2.1").orElseThrow();
    assertEquals(Outcome.THROTTLED, sixth.outcome());
    assertEquals(1, sixth.retryAfterSeconds(clock.now));
    assertTrue(sixth.reason().startsWith("This account has 5 failed sign-ins in a row"));
    // The refused attempt counted: the next one, at once, waits 2 s; that one counts too.
    assertEquals(
        2, throttle.refusal("dana", "192.0.2.1").orElseThrow().retryAfterSeconds(clock.now));
    clock.advance(Duration.ofSeconds(4));
    assertEquals(Optional.empty(), throttle.refusal("dana", "192.0.2.1"));
  }

  @Test
  void tenFailuresLockTheAccountForFifteenMinutesAndTheRightPasswordDoesNotGetIn() {
    for (int i = 0; i < 20; i++) {
      if (throttle.refusal("erin", "192.0.2.2").isEmpty()) {
        throttle.failed("erin", "192.0.2.2");
      }
    }
    Refusal locked = throttle.refusal("erin", "192.0.2.3").orElseThrow();
    assertEquals(Outcome.LOCKED, locked.outcome());
    assertTrue(locked.retryAfterSeconds(clock.now) > 14 * 60, locked.toString());
    assertTrue(locked.reason().contains("ask an administrator to unlock it"), locked.reason());
    assertTrue(throttle.lockedUntil("erin").isPresent());
    clock.advance(Duration.ofMinutes(16));
    assertEquals(Optional.empty(), throttle.refusal("erin", "192.0.2.3"));
  }

  @Test
  void anUnlockLetsTheAccountInAtOnce() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("fay", "192.0.2.4");
    }
    assertEquals(Outcome.LOCKED, throttle.refusal("fay", "192.0.2.5").orElseThrow().outcome());
    throttle.unlock("FAY");
    assertEquals(Optional.empty(), throttle.refusal("fay", "192.0.2.5"));
    assertEquals(Optional.empty(), throttle.lockedUntil("fay"));
  }

  @Test
  void anAcceptedSignInClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      wrongPassword("gus", "192.0.2.6");
    }
    throttle.succeeded("gus");
    for (int i = 0; i < 4; i++) {
      wrongPassword("gus", "192.0.2.7");
    }
    assertEquals(Optional.empty(), throttle.refusal("gus", "192.0.2.7"));
    for (int i = 0; i < 20; i++) {
      wrongPassword("guess" + i, "198.51.100.8");
    }
    throttle.succeeded("guess0");
    assertTrue(throttle.refusal("guess0", "198.51.100.8").isPresent());
  }

  @Test
  void oneAddressGuessingManyAccountsIsThrottledThenLocked() {
    for (int i = 0; i < 20; i++) {
      wrongPassword("guess" + i, "198.51.100.9");
    }
    Refusal refusal = throttle.refusal("someone-new", "198.51.100.9").orElseThrow();
    assertTrue(
        refusal.reason().startsWith("This address has 20 failed sign-ins"), refusal.reason());
    // Another address is not held back by this one.
    assertEquals(Optional.empty(), throttle.refusal("someone-new", "198.51.100.10"));
    for (int i = 0; i < 100; i++) {
      throttle.failed("guess" + i, "198.51.100.9");
    }
    assertEquals(
        Outcome.LOCKED, throttle.refusal("another", "198.51.100.9").orElseThrow().outcome());
  }

  @Test
  void failuresOlderThanTheLockoutAreForgotten() {
    for (int i = 0; i < 5; i++) {
      wrongPassword("hal", "192.0.2.8");
    }
    clock.advance(Duration.ofMinutes(16));
    assertEquals(Optional.empty(), throttle.refusal("hal", "192.0.2.8"));
    throttle.failed("hal", "192.0.2.8");
    assertEquals(Optional.empty(), throttle.refusal("hal", "192.0.2.8"));
  }

  @Test
  void theDelayStopsGrowingAtAMinute() {
    assertEquals(Duration.ofSeconds(1), SignInThrottle.delay(0));
    assertEquals(Duration.ofSeconds(32), SignInThrottle.delay(5));
    assertEquals(Duration.ofMinutes(1), SignInThrottle.delay(6));
    assertEquals(Duration.ofMinutes(1), SignInThrottle.delay(40));
  }
}
