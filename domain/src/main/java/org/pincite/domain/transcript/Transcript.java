package org.pincite.domain.transcript;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.pincite.domain.document.Document;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A transcript document's particulars: its kind, the witness (depositions), the day it was taken,
 * its volume and the page its volume starts on (volume 2 continues volume 1's page numbers), and
 * for a trial its day. Read from the caption when the file is read; the team corrects them.
 */
@Entity
@Table(name = "transcript")
public class Transcript {
  @Id
  @Column(name = "document_id")
  private Long documentId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "transcript_kind", nullable = false, length = 20)
  private TranscriptKind kind;

  @Column(length = 300)
  private String witness;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Column(nullable = false)
  private int volume = 1;

  @Column(name = "first_page", nullable = false)
  private int firstPage = 1;

  @Column(name = "trial_day")
  private Integer trialDay;

  protected Transcript() {}

  public Transcript(Document document, TranscriptKind kind) {
    this.document = Require.present(document, "Document");
    this.kind = Require.present(kind, "Transcript kind");
  }

  /** Sets what the team knows of the record; blank text clears the witness. */
  public void describe(
      TranscriptKind newKind,
      String newWitness,
      LocalDate newTakenOn,
      int newVolume,
      int newFirstPage,
      Integer newTrialDay) {
    if (newVolume < 1) {
      throw new DomainRuleViolation("Volumes are numbered from 1, not " + newVolume);
    }
    if (newFirstPage < 1) {
      throw new DomainRuleViolation(
          "A transcript's pages start at 1 or later, not " + newFirstPage);
    }
    if (newTrialDay != null && newTrialDay < 1) {
      throw new DomainRuleViolation("Trial days are numbered from 1, not " + newTrialDay);
    }
    this.kind = Require.present(newKind, "Transcript kind");
    this.witness = Require.optionalText(newWitness, "Witness", 300);
    this.takenOn = newTakenOn;
    this.volume = newVolume;
    this.firstPage = newFirstPage;
    this.trialDay = newTrialDay;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public Document getDocument() {
    return document;
  }

  public long getVersion() {
    return version;
  }

  public TranscriptKind getKind() {
    return kind;
  }

  public String getWitness() {
    return witness;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public int getVolume() {
    return volume;
  }

  public int getFirstPage() {
    return firstPage;
  }

  public Integer getTrialDay() {
    return trialDay;
  }
}
