package org.pincite.service.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One transaction's worth of changes in the audit trail: when, and by whom. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
  @SequenceGenerator(
      name = "audit_revision_seq",
      sequenceName = "audit_revision_seq",
      allocationSize = 50)
  @RevisionNumber
  private long id;

  @RevisionTimestamp
  @Column(name = "revised_at", nullable = false)
  private long timestamp;

  @Column(nullable = false, length = 63)
  private String username;

  public long getId() {
    return id;
  }

  public Instant getRevisedAt() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }
}
