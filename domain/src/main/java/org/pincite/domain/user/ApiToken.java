package org.pincite.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A personal token for the REST API. Only its SHA-256 is kept; the token itself is shown once, when
 * it is made. It works until it expires or is revoked (never again after that), with its owner's
 * rights narrowed by its {@link TokenAccess} and, when it names one, to a single matter. When it
 * was last used is kept to the minute ({@link #USE_RESOLUTION}), so that signing a call does not
 * write to the database each time.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private User owner;

  @Column(nullable = false, length = 200)
  private String label;

  @Column(name = "token_sha256", nullable = false, unique = true, length = 64)
  private String tokenSha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TokenAccess access;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  /** Uses closer together than this are not recorded again. */
  public static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

  protected ApiToken() {}

  /**
   * A token made at {@code now} that works until {@code expiresAt}; {@code matter} null means every
   * matter its owner is on.
   */
  public ApiToken(
      User owner,
      String label,
      String tokenSha256,
      TokenAccess access,
      Matter matter,
      Instant now,
      Instant expiresAt) {
    this.owner = Require.present(owner, "Token owner");
    this.label = Require.text(label, "Token label", 200);
    this.tokenSha256 = StoredFile.checkedSha256(tokenSha256);
    this.access = Require.present(access, "Token access");
    this.createdAt = Require.present(now, "Token creation time");
    this.expiresAt = Require.present(expiresAt, "Token expiry");
    if (!expiresAt.isAfter(now)) {
      throw new DomainRuleViolation("A token must expire after it is made");
    }
    if (matter != null && !owner.mayAccess(matter)) {
      throw new DomainRuleViolation(
          "A token of " + owner.getUsername() + " cannot name a matter they are not on");
    }
    this.matter = matter;
  }

  public void revoke(Instant now) {
    if (revokedAt != null) {
      throw new DomainRuleViolation("The token '" + label + "' was already revoked");
    }
    revokedAt = now;
  }

  /** Whether the token signs calls at {@code now}: not revoked, not expired, its owner enabled. */
  public boolean isActiveAt(Instant now) {
    return revokedAt == null && !isExpiredAt(now) && owner.isEnabled();
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Records a use at {@code now} unless one was recorded less than {@link #USE_RESOLUTION} before;
   * true when it changed the token.
   */
  public boolean recordUse(Instant now) {
    if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(USE_RESOLUTION))) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public User getOwner() {
    return owner;
  }

  public String getLabel() {
    return label;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public TokenAccess getAccess() {
    return access;
  }

  /** The one matter the token reaches, if it names one. */
  public Optional<Matter> getMatter() {
    return Optional.ofNullable(matter);
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
