package org.pincite.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A personal token for the REST API. Only its SHA-256 is kept; the token itself is shown once, when
 * it is made. A revoked token never works again.
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

  protected ApiToken() {}

  public ApiToken(User owner, String label, String tokenSha256) {
    this.owner = Require.present(owner, "Token owner");
    this.label = Require.text(label, "Token label", 200);
    this.tokenSha256 = StoredFile.checkedSha256(tokenSha256);
    this.createdAt = Instant.now();
  }

  public void revoke() {
    if (revokedAt != null) {
      throw new DomainRuleViolation("The token '" + label + "' was already revoked");
    }
    revokedAt = Instant.now();
  }

  public boolean isActive() {
    return revokedAt == null && owner.isEnabled();
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
}
