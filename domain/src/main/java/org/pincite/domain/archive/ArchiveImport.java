package org.pincite.domain.archive;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * One matter archive brought in: CHECKING while its hashes and quotes are checked, RESTORING while
 * the matter is written, then RESTORED with the new matter, or REFUSED with every problem found
 * (and nothing of the matter kept). Only forward: a finished import never changes again.
 */
@Entity
@Table(name = "archive_import")
public class ArchiveImport {
  public enum Status {
    CHECKING,
    RESTORING,
    RESTORED,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_import_seq")
  @SequenceGenerator(
      name = "archive_import_seq",
      sequenceName = "archive_import_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "file_name", length = 500)
  private String fileName;

  @Column(name = "requested_by", nullable = false, length = 200)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  /** The problems, one a line. */
  @Column(name = "problems")
  private String problems;

  protected ArchiveImport() {}

  public ArchiveImport(String fileName, String requestedBy) {
    this.fileName =
        fileName == null || fileName.length() <= 500 ? fileName : fileName.substring(0, 500);
    this.requestedBy = Require.text(requestedBy, "Requested by", 200);
    this.requestedAt = Instant.now();
    this.status = Status.CHECKING;
  }

  /** The archive passed its checks; the matter is being written. */
  public void restoring() {
    requireOpen();
    status = Status.RESTORING;
  }

  public void restored(Matter restored) {
    requireOpen();
    this.matter = Require.present(restored, "Restored matter");
    this.status = Status.RESTORED;
    this.finishedAt = Instant.now();
  }

  public void refused(List<String> found) {
    requireOpen();
    if (found == null || found.isEmpty()) {
      throw new DomainRuleViolation("An archive is refused for a reason");
    }
    this.problems = String.join("\n", found.stream().map(p -> p.replace('\n', ' ')).toList());
    this.status = Status.REFUSED;
    this.finishedAt = Instant.now();
  }

  private void requireOpen() {
    if (status == Status.RESTORED || status == Status.REFUSED) {
      throw new DomainRuleViolation("Archive import " + id + " is already " + status);
    }
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public String getFileName() {
    return fileName;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Optional<Matter> getMatter() {
    return Optional.ofNullable(matter);
  }

  public List<String> getProblems() {
    return problems == null ? List.of() : Arrays.asList(problems.split("\n"));
  }
}
