package org.pincite.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pincite.domain.user.SignIn.Outcome;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.Setting;

/**
 * Counts failed password sign-ins per account and per address, and says when the next attempt may
 * come: after {@code delayAfter} failures each attempt must wait twice as long as the one before (1
 * s, 2 s, 4 s, … at most a minute) after the last failure, and after {@code lockAfter} failures the
 * account (or address) is locked for {@code lockFor}. It is asked before the password is hashed, so
 * a refused attempt costs the server nothing; a refused attempt counts as a failure (a client that
 * ignores Retry-After locks itself out sooner). An accepted sign-in clears its account's count, not
 * its address's (else signing in to one's own account would reset the count of the address that
 * guesses others'); failures older than {@code lockFor} are forgotten. Kept in memory: a restart
 * forgets the counts, and each server of several counts on its own.
 */
@ApplicationScoped
public class SignInThrottle {
  /** The numbers, from the settings PINCITE_SIGNIN_*. */
  public record Limits(
      int delayAfter,
      int lockAfter,
      Duration lockFor,
      int addressDelayAfter,
      int addressLockAfter) {}

  /** Why an attempt is refused before its password is looked at, and when to try again. */
  public record Refusal(Outcome outcome, Instant retryAt, String reason) {
    /** Whole seconds to wait, at least 1 (for Retry-After). */
    public long retryAfterSeconds(Instant now) {
      return Math.max(1, (Duration.between(now, retryAt).toMillis() + 999) / 1000);
    }
  }

  static final Duration LONGEST_DELAY = Duration.ofMinutes(1);

  /** Beyond this many counted keys, the forgotten ones are swept (names made up by a guesser). */
  private static final int SWEEP_ABOVE = 10_000;

  @Inject PinciteSettings settings;

  private Limits limits;
  private Clock clock = Clock.systemUTC();
  private final Map<String, Failures> counts = new ConcurrentHashMap<>();

  protected SignInThrottle() {}

  /** A throttle of its own (tests): these limits, this clock. */
  public SignInThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  @PostConstruct
  void readSettings() {
    limits =
        new Limits(
            settings.wholeNumber(Setting.PINCITE_SIGNIN_DELAY_AFTER, 5),
            settings.wholeNumber(Setting.PINCITE_SIGNIN_LOCK_AFTER, 10),
            Duration.ofMinutes(settings.wholeNumber(Setting.PINCITE_SIGNIN_LOCK_MINUTES, 15)),
            settings.wholeNumber(Setting.PINCITE_SIGNIN_ADDRESS_DELAY_AFTER, 20),
            settings.wholeNumber(Setting.PINCITE_SIGNIN_ADDRESS_LOCK_AFTER, 100));
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Empty when this attempt may go on to the password check; otherwise why not and until when (the
   * attempt is then counted as a failure).
   */
  public Optional<Refusal> refusal(String username, String address) {
    Instant now = now();
    Optional<Refusal> account =
        failures(accountKey(username))
            .wait(now, limits.delayAfter(), limits.lockAfter(), "This account");
    Optional<Refusal> from =
        failures(addressKey(address))
            .wait(now, limits.addressDelayAfter(), limits.addressLockAfter(), "This address");
    Optional<Refusal> refusal =
        account.isEmpty()
            ? from
            : from.isEmpty() || account.get().retryAt().isAfter(from.get().retryAt())
                ? account
                : from;
    refusal.ifPresent(r -> failed(username, address));
    return refusal;
  }

  public void failed(String username, String address) {
    Instant now = now();
    failures(accountKey(username)).fail(now, limits.lockAfter(), limits.lockFor());
    failures(addressKey(address)).fail(now, limits.addressLockAfter(), limits.lockFor());
    if (counts.size() > SWEEP_ABOVE) {
      counts.values().removeIf(f -> f.forgotten(now, limits.lockFor()));
    }
  }

  public void succeeded(String username) {
    counts.remove(accountKey(username));
  }

  /** An administrator's unlock: the account's failures are forgotten at once. */
  public void unlock(String username) {
    counts.remove(accountKey(username));
  }

  /** Until when the account is locked, when it is. */
  public Optional<Instant> lockedUntil(String username) {
    Failures failures = counts.get(accountKey(username));
    return failures == null ? Optional.empty() : failures.lockedUntil(now());
  }

  private Failures failures(String key) {
    return counts.computeIfAbsent(key, k -> new Failures());
  }

  private static String accountKey(String username) {
    return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  /** The failures of one account or address. */
  private final class Failures {
    private int count;
    private Instant last;
    private Instant lockedUntil;

    synchronized Optional<Refusal> wait(Instant now, int delayAfter, int lockAfter, String who) {
      if (lockedUntil != null && now.isBefore(lockedUntil)) {
        return Optional.of(
            new Refusal(
                Outcome.LOCKED,
                lockedUntil,
                who
                    + " is locked after "
                    + lockAfter
                    + " failed sign-ins until "
                    + lockedUntil
                    + "; try again then, or ask an administrator to unlock it"));
      }
      if (forgotten(now, limits.lockFor()) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
        count = 0;
        last = null;
        lockedUntil = null;
      }
      if (count < delayAfter) {
        return Optional.empty();
      }
      Instant next = last.plus(delay(count - delayAfter));
      if (!now.isBefore(next)) {
        return Optional.empty();
      }
      return Optional.of(
          new Refusal(
              Outcome.THROTTLED,
              next,
              who
                  + " has "
                  + count
                  + " failed sign-ins in a row; wait until "
                  + next
                  + " before the next attempt"));
    }

    synchronized void fail(Instant now, int lockAfter, Duration lockFor) {
      count++;
      last = now;
      if (count >= lockAfter && lockedUntil == null) {
        lockedUntil = now.plus(lockFor);
      }
    }

    synchronized boolean forgotten(Instant now, Duration lockFor) {
      return last != null && lockedUntil == null && last.plus(lockFor).isBefore(now);
    }

    synchronized Optional<Instant> lockedUntil(Instant now) {
      return lockedUntil != null && now.isBefore(lockedUntil)
          ? Optional.of(lockedUntil)
          : Optional.empty();
    }
  }

  /**
   * 1 s, 2 s, 4 s, … for the first, second, third … attempt past the threshold; at most a minute.
   */
  static Duration delay(int pastThreshold) {
    return pastThreshold >= 6
        ? LONGEST_DELAY
        : Duration.ofSeconds(Math.min(LONGEST_DELAY.toSeconds(), 1L << pastThreshold));
  }
}
