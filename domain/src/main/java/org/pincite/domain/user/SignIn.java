package org.pincite.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * One attempt to sign in with a user name and password: who (the name as given, so that attempts on
 * unknown names and on removed users keep their name), when, from where, how (the login form or
 * HTTP Basic), and whether it was accepted or why not. A sign-in on the login form that opened a
 * session carries the session's reference until the session ends. Never changed otherwise.
 */
@Entity
@Table(name = "sign_in")
public class SignIn {
  /** How the password came. */
  public enum Via {
    FORM,
    BASIC
  }

  /** What became of it. */
  public enum Outcome {
    ACCEPTED,
    WRONG_PASSWORD,
    UNKNOWN_USER,
    DISABLED_USER,
    THROTTLED,
    LOCKED
  }

  static final int NAME_LENGTH = 63;
  static final int ADDRESS_LENGTH = 64;
  static final int REASON_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_seq")
  @SequenceGenerator(name = "sign_in_seq", sequenceName = "sign_in_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  private String username;

  @Column(name = "attempted_at", nullable = false)
  private Instant at;

  @Column(nullable = false, length = ADDRESS_LENGTH)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Via via;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Column(name = "session_ref", length = 64)
  private String sessionRef;

  @Column(name = "session_ended_at")
  private Instant sessionEndedAt;

  protected SignIn() {}

  /**
   * A sign-in as it happened. The name is whatever the caller sent (cut to its column, in lower
   * case as user names are); a refusal says why.
   */
  public SignIn(String username, String address, Via via, Outcome outcome, String reason) {
    this.username =
        cut(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), NAME_LENGTH);
    this.address = cut(Require.text(address, "Address", Integer.MAX_VALUE), ADDRESS_LENGTH);
    this.via = Require.present(via, "Sign-in channel");
    this.outcome = Require.present(outcome, "Sign-in outcome");
    this.reason = reason == null ? null : cut(reason, REASON_LENGTH);
    this.at = Instant.now();
  }

  /** The session this accepted sign-in opened (a reference of Pincite's, not the session id). */
  public void openedSession(String reference) {
    if (outcome != Outcome.ACCEPTED) {
      throw new DomainRuleViolation("Only an accepted sign-in opens a session");
    }
    this.sessionRef = Require.text(reference, "Session reference", 64);
  }

  public void sessionEnded() {
    if (sessionRef != null && sessionEndedAt == null) {
      sessionEndedAt = Instant.now();
    }
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Instant getAt() {
    return at;
  }

  public String getAddress() {
    return address;
  }

  public Via getVia() {
    return via;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getSessionRef() {
    return sessionRef;
  }

  public Instant getSessionEndedAt() {
    return sessionEndedAt;
  }
}
