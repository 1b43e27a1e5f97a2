package org.pincite.domain.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A reviewer's mark: a passage of one document, what it does (its stance) to one or more claims of
 * the same matter, a note, and who made it when. Versioned, so two reviewers cannot silently
 * overwrite each other.
 */
@Entity
@Audited
@Table(name = "annotation")
public class Annotation {
  public static final int MAX_NOTE = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annotation_seq")
  @SequenceGenerator(name = "annotation_seq", sequenceName = "annotation_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Embedded private Passage passage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Stance stance;

  @ManyToMany
  @JoinTable(
      name = "annotation_claim",
      joinColumns = @JoinColumn(name = "annotation_id"),
      inverseJoinColumns = @JoinColumn(name = "claim_id"))
  private Set<Claim> claims = new LinkedHashSet<>();

  @Column(length = MAX_NOTE)
  private String note;

  @Column(nullable = false, length = 200)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  /** Set when the passage could not be found in its document's new text; it waits for review. */
  @Column(nullable = false)
  private boolean orphaned;

  @Column(name = "orphan_reason", length = 500)
  private String orphanReason;

  protected Annotation() {}

  public Annotation(
      Document document,
      Passage passage,
      Stance stance,
      Collection<Claim> claims,
      String note,
      String author) {
    this.document = Require.present(document, "Document");
    this.passage = Require.present(passage, "Passage");
    this.author = Require.text(author, "Author", 200);
    this.createdAt = Instant.now();
    restate(stance, claims, note, author);
  }

  /** Changes what the passage is said to do: its stance, its claims and the note. */
  public void restate(
      Stance newStance, Collection<Claim> newClaims, String newNote, String editor) {
    this.stance = Require.present(newStance, "Stance");
    if (newClaims == null || newClaims.isEmpty()) {
      throw new DomainRuleViolation("A passage must bear on at least one claim");
    }
    for (Claim claim : newClaims) {
      if (!claim.getMatter().equals(document.getMatter())) {
        throw new DomainRuleViolation(
            "Claim '"
                + claim.getLabel()
                + "' belongs to another matter than "
                + document.getTitle());
      }
    }
    List<Claim> given = List.copyOf(newClaims); // may be this passage's own claims
    this.claims.clear();
    this.claims.addAll(given);
    this.note = Require.optionalText(newNote, "Note", MAX_NOTE);
    this.updatedBy = Require.text(editor, "Editor", 200);
    this.updatedAt = Instant.now();
  }

  /**
   * Restoring a matter archive: the passage keeps when it was made and last changed, and by whom,
   * as the installation it comes from recorded them.
   */
  public void keepArchivedRecord(Instant created, Instant updated, String editor) {
    this.createdAt = Require.present(created, "Created at");
    this.updatedAt = Require.present(updated, "Updated at");
    this.updatedBy = Require.text(editor, "Editor", 200);
  }

  /** Restoring a matter archive: the passage was orphaned where it comes from, for this reason. */
  public void keepOrphaned(String reason) {
    this.orphaned = true;
    this.orphanReason = reason == null || reason.isBlank() ? null : reason;
  }

  /** What re-anchoring did to a passage after its document's text was extracted anew. */
  public enum Reanchoring {
    UNCHANGED,
    MOVED,
    ORPHANED
  }

  /**
   * Finds the passage again in the document's new page texts. Found where it was: nothing changes.
   * Found elsewhere: it moves there (same quote). Not found: it stays as it was, marked orphaned
   * with the reason, so a reviewer sees it and nothing is dropped silently.
   */
  public Reanchoring reanchor(List<String> newPageTexts) {
    Passage found = passage.findIn(newPageTexts).orElse(null);
    if (found == null) {
      this.orphaned = true;
      this.orphanReason =
          "The quote was not found in the text read on "
              + LocalDate.now(ZoneOffset.UTC)
              + " (the document now has "
              + newPageTexts.size()
              + (newPageTexts.size() == 1 ? " page)" : " pages)");
      return Reanchoring.ORPHANED;
    }
    boolean wasOrphaned = orphaned;
    this.orphaned = false;
    this.orphanReason = null;
    if (found.samePlaceAs(passage) && !wasOrphaned) {
      this.passage = found;
      return Reanchoring.UNCHANGED;
    }
    this.passage = found;
    return Reanchoring.MOVED;
  }

  public boolean isOrphaned() {
    return orphaned;
  }

  public String getOrphanReason() {
    return orphanReason;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Document getDocument() {
    return document;
  }

  public Passage getPassage() {
    return passage;
  }

  public Stance getStance() {
    return stance;
  }

  public Set<Claim> getClaims() {
    return Collections.unmodifiableSet(claims);
  }

  public String getNote() {
    return note;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
