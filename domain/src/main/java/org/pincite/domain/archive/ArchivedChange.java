package org.pincite.domain.archive;

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
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.Require;

/**
 * One entry of the audit trail an archive carried from the installation it was made in, exactly as
 * recorded there (its revision number, who, when, and the fields before and after as JSON), about a
 * subject of the restored matter (its id here). Never changed: the history it tells happened
 * elsewhere.
 */
@Entity
@Table(name = "archived_change")
public class ArchivedChange {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archived_change_seq")
  @SequenceGenerator(
      name = "archived_change_seq",
      sequenceName = "archived_change_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private long revision;

  @Column(nullable = false, length = 40)
  private String subject;

  /** The subject's id here; null when it was removed before the archive was made. */
  @Column(name = "subject_id")
  private Long subjectId;

  /** The subject's id where the archive was made. */
  @Column(name = "archived_subject_id", nullable = false)
  private long archivedSubjectId;

  @Column(name = "change_kind", nullable = false, length = 20)
  private String change;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  @Column(name = "changed_by", length = 200)
  private String by;

  /** The fields that changed, {@code [{field, before, after}]} as the archive wrote them. */
  @Column(nullable = false)
  private String changes;

  protected ArchivedChange() {}

  public ArchivedChange(
      Matter matter,
      int position,
      long revision,
      String subject,
      Long subjectId,
      long archivedSubjectId,
      String change,
      Instant at,
      String by,
      String changes) {
    this.matter = Require.present(matter, "Matter");
    this.position = position;
    this.revision = revision;
    this.subject = Require.text(subject, "Subject", 40);
    this.subjectId = subjectId;
    this.archivedSubjectId = archivedSubjectId;
    this.change = Require.text(change, "Change", 20);
    this.at = Require.present(at, "Time of the change");
    this.by = Require.optionalText(by, "Changed by", 200);
    this.changes = Require.present(changes, "Changes");
  }

  public Long getId() {
    return id;
  }

  public Matter getMatter() {
    return matter;
  }

  public int getPosition() {
    return position;
  }

  public long getRevision() {
    return revision;
  }

  public String getSubject() {
    return subject;
  }

  /** The subject's id here, when it was restored (not when it was removed before the archive). */
  public java.util.Optional<Long> getSubjectId() {
    return java.util.Optional.ofNullable(subjectId);
  }

  public long getArchivedSubjectId() {
    return archivedSubjectId;
  }

  public String getChange() {
    return change;
  }

  public Instant getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }

  public String getChanges() {
    return changes;
  }
}
