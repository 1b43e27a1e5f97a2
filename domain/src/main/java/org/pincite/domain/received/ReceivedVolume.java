package org.pincite.domain.received;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.Require;

/**
 * A production volume another party sent, uploaded into a matter: checked first (its report lists
 * every problem with its load-file line, and the field mapping Pincite guessed), then committed
 * whole or cancelled. The steps guard their order: a volume is committed once, only without
 * blocking problems, and cannot be cancelled once committed.
 */
@Entity
@Table(name = "volume_import")
public class ReceivedVolume {
  public static final int MAX_FAILURE = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volume_import_seq")
  @SequenceGenerator(
      name = "volume_import_seq",
      sequenceName = "volume_import_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  /** The production's name its documents will carry (the volume's: "VOL001"). */
  @Column(name = "volume_name", length = 200)
  private String volumeName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportStatus status = ImportStatus.VALIDATING;

  @Column(length = 60)
  private String encoding;

  @Column(nullable = false)
  private int records;

  @Column(length = MAX_FAILURE)
  private String failure;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @ElementCollection
  @CollectionTable(name = "volume_import_problem", joinColumns = @JoinColumn(name = "import_id"))
  @OrderColumn(name = "position")
  private List<VolumeProblem> problems = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "volume_import_field", joinColumns = @JoinColumn(name = "import_id"))
  @OrderColumn(name = "position")
  private List<MappedField> mapping = new ArrayList<>();

  protected ReceivedVolume() {}

  public ReceivedVolume(Matter matter, String fileName, String createdBy) {
    this.matter = Require.present(matter, "Matter");
    this.fileName = Require.text(fileName, "File name", 255);
    this.createdBy = Require.text(createdBy, "Uploaded by", 200);
    this.createdAt = Instant.now();
  }

  /**
   * Records what checking the volume found (again, after the mapping was edited): its name, the
   * encoding of its DAT, how many records it holds, the mapping the check used and the problems.
   */
  public void checked(
      String name,
      String datEncoding,
      int recordCount,
      List<MappedField> fields,
      List<VolumeProblem> found) {
    if (status != ImportStatus.VALIDATING && status != ImportStatus.VALIDATED) {
      throw new ImportStateConflict(
          "The volume is " + status.name().toLowerCase() + "; it can no longer be checked again");
    }
    this.volumeName = Require.optionalText(name, "Volume name", 200);
    this.encoding = Require.optionalText(datEncoding, "Encoding", 60);
    this.records = recordCount;
    this.mapping.clear();
    this.mapping.addAll(fields);
    this.problems.clear();
    this.problems.addAll(found);
    this.status = ImportStatus.VALIDATED;
  }

  /** The volume could not be read at all (not a ZIP, no DAT, over the budget). */
  public void unreadable(String reason) {
    if (status == ImportStatus.VALIDATING || status == ImportStatus.VALIDATED) {
      fail(reason);
    }
  }

  /** Starts the commit: only once, only of a checked volume without blocking problems. */
  public void commit() {
    switch (status) {
      case IMPORTING, IMPORTED ->
          throw new ImportStateConflict("The volume " + label() + " was already committed");
      case CANCELLED ->
          throw new ImportStateConflict(
              "The volume " + label() + " was cancelled; upload it again to import it");
      case FAILED ->
          throw new ImportStateConflict(
              "The volume " + label() + " failed (" + failure + "); upload it again");
      case VALIDATING ->
          throw new ImportStateConflict(
              "The volume " + label() + " is still being checked; commit it once its report shows");
      case VALIDATED -> {
        List<VolumeProblem> blocking = getBlockingProblems();
        if (!blocking.isEmpty()) {
          VolumeProblem first = blocking.get(0);
          throw new VolumeNotImportable(
              "The volume "
                  + label()
                  + " has "
                  + blocking.size()
                  + (blocking.size() == 1 ? " problem that keeps" : " problems that keep")
                  + " it from being imported, first line "
                  + first.getLine()
                  + ": "
                  + first.getCode()
                  + ": "
                  + first.getMessage()
                  + ". Fix the volume (or the field mapping) and check it again; nothing was"
                  + " stored");
        }
        this.status = ImportStatus.IMPORTING;
      }
    }
  }

  /** Its documents are stored. */
  public void imported() {
    requireImporting();
    this.status = ImportStatus.IMPORTED;
    this.finishedAt = Instant.now();
  }

  /** The commit failed (and was rolled back): nothing of the volume is stored. */
  public void commitFailed(String reason) {
    requireImporting();
    fail(reason);
  }

  private void requireImporting() {
    if (status != ImportStatus.IMPORTING) {
      throw new ImportStateConflict("The volume " + label() + " is not being imported");
    }
  }

  private void fail(String reason) {
    String r = Require.text(reason, "Failure reason", Integer.MAX_VALUE);
    this.failure = r.length() <= MAX_FAILURE ? r : r.substring(0, MAX_FAILURE - 1) + "…";
    this.status = ImportStatus.FAILED;
    this.finishedAt = Instant.now();
  }

  /** Cancels the volume before its commit; a cancelled volume stays cancelled. */
  public void cancel() {
    if (status == ImportStatus.IMPORTING || status == ImportStatus.IMPORTED) {
      throw new ImportStateConflict(
          "The volume "
              + label()
              + " was already committed"
              + (status == ImportStatus.IMPORTED ? " and imported" : "")
              + "; it cannot be cancelled");
    }
    if (status != ImportStatus.CANCELLED) {
      this.status = ImportStatus.CANCELLED;
      this.finishedAt = Instant.now();
    }
  }

  private String label() {
    return "'" + (volumeName == null ? fileName : volumeName) + "'";
  }

  public List<VolumeProblem> getBlockingProblems() {
    return problems.stream().filter(VolumeProblem::isBlocking).toList();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Matter getMatter() {
    return matter;
  }

  public String getFileName() {
    return fileName;
  }

  public String getVolumeName() {
    return volumeName;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public String getEncoding() {
    return encoding;
  }

  public int getRecords() {
    return records;
  }

  public String getFailure() {
    return failure;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public List<VolumeProblem> getProblems() {
    return List.copyOf(problems);
  }

  public List<MappedField> getMapping() {
    return List.copyOf(mapping);
  }
}
