package org.pincite.domain.fact;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A fact of the matter: one sentence the evidence proves, its date, the claims it bears on (each
 * supported or refuted by it), where the parties stand on it, whether it is material and key, and
 * the marked passages it rests on (at least one), each supporting it or disputing it. Numbered once
 * per matter for good, so a statement's "Fact 3" stays fact 3. Versioned: two reviewers cannot
 * silently overwrite each other.
 */
@Entity
@Audited
@Table(name = "fact")
public class Fact {
  public static final int MAX_TEXT = 10_000;

  /** A claim the fact bears on and how. */
  public record Bearing(Claim claim, Stance stance) {}

  /** A passage the fact rests on and what it does to the fact. */
  public record Evidence(Annotation passage, SourceRole role) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
  @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Column(nullable = false)
  private int number;

  @Column(name = "fact_text", nullable = false, length = MAX_TEXT)
  private String text;

  @Embedded private FactDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private FactStatus status;

  @Column(nullable = false)
  private boolean material;

  @Column(name = "key_fact", nullable = false)
  private boolean key;

  @OneToMany(mappedBy = "fact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<FactClaim> claims = new ArrayList<>();

  @OneToMany(mappedBy = "fact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<FactSource> sources = new ArrayList<>();

  @Column(nullable = false, length = 200)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  protected Fact() {}

  public Fact(
      Matter matter,
      int number,
      String text,
      FactDate date,
      FactStatus status,
      boolean material,
      boolean key,
      List<Bearing> bearings,
      List<Evidence> evidence,
      String author) {
    this.matter = Require.present(matter, "Matter");
    if (number < 1) {
      throw new DomainRuleViolation("A fact's number must be 1 or more, not " + number);
    }
    this.number = number;
    this.author = Require.text(author, "Author", 200);
    this.createdAt = Instant.now();
    restate(text, date, status, material, key, bearings, evidence, author);
  }

  /** Restoring a matter archive: the fact keeps when it was made and last changed, and by whom. */
  public void keepArchivedRecord(Instant created, Instant updated, String editor) {
    this.createdAt = Require.present(created, "Created at");
    this.updatedAt = Require.present(updated, "Updated at");
    this.updatedBy = Require.text(editor, "Editor", 200);
  }

  /**
   * A fact made from one passage in one step: the quote is its starting text, the passage its one
   * supporting source, the passage's claims (where it supports or refutes them) the claims it bears
   * on, and its document's date its date. Its status is left unsure, for a lawyer to decide; it
   * counts as material when it bears on a claim.
   */
  public static Fact fromPassage(Matter matter, int number, Annotation passage, String author) {
    Require.present(passage, "Passage");
    String quote = passage.getPassage().getQuote().strip().replaceAll("\\s+", " ");
    if (quote.length() > MAX_TEXT) {
      quote = quote.substring(0, MAX_TEXT - 1).strip() + "\u2026";
    }
    List<Bearing> bearings = new ArrayList<>();
    if (passage.getStance() != Stance.CONTEXT) {
      for (Claim c : passage.getClaims()) {
        bearings.add(new Bearing(c, passage.getStance()));
      }
    }
    FactDate date =
        passage.getDocument().getDocumentDate() == null
            ? FactDate.none()
            : FactDate.on(passage.getDocument().getDocumentDate());
    return new Fact(
        matter,
        number,
        quote,
        date,
        FactStatus.UNSURE,
        !bearings.isEmpty(),
        false,
        bearings,
        List.of(new Evidence(passage, SourceRole.SUPPORTS)),
        author);
  }

  /**
   * Changes everything a reviewer can change at once. Claims and sources that stay keep their rows
   * (only their stance, role or order change), so the audit trail shows what really changed.
   */
  public void restate(
      String newText,
      FactDate newDate,
      FactStatus newStatus,
      boolean newMaterial,
      boolean newKey,
      List<Bearing> bearings,
      List<Evidence> evidence,
      String editor) {
    String checkedText = Require.text(newText, "The fact", MAX_TEXT);
    FactDate checkedDate = newDate == null ? FactDate.none() : newDate;
    FactStatus checkedStatus = Require.present(newStatus, "The fact's status");
    Map<Claim, Stance> onClaims = checkedBearings(bearings);
    Map<Annotation, SourceRole> onPassages = checkedEvidence(evidence);
    String checkedEditor = Require.text(editor, "Editor", 200);

    this.text = checkedText;
    this.date = checkedDate;
    this.status = checkedStatus;
    this.material = newMaterial;
    this.key = newKey;
    claims.removeIf(c -> !onClaims.containsKey(c.getClaim()));
    for (Map.Entry<Claim, Stance> e : onClaims.entrySet()) {
      Optional<FactClaim> kept =
          claims.stream().filter(c -> c.getClaim().equals(e.getKey())).findFirst();
      kept.ifPresentOrElse(
          c -> c.restate(e.getValue()),
          () -> claims.add(new FactClaim(this, e.getKey(), e.getValue())));
    }
    sources.removeIf(s -> !onPassages.containsKey(s.getPassage()));
    int position = 0;
    for (Map.Entry<Annotation, SourceRole> e : onPassages.entrySet()) {
      int at = position++;
      Optional<FactSource> kept =
          sources.stream().filter(s -> s.getPassage().equals(e.getKey())).findFirst();
      FactSource source =
          kept.orElseGet(
              () -> {
                FactSource added = new FactSource(this, e.getKey(), e.getValue(), at);
                sources.add(added);
                return added;
              });
      source.restate(e.getValue(), at);
    }
    sources.sort(java.util.Comparator.comparingInt(FactSource::getPosition));
    this.updatedBy = checkedEditor;
    this.updatedAt = Instant.now();
  }

  /** Adds one more passage as a source, after the others. */
  public void attach(Annotation passage, SourceRole role, String editor) {
    Require.present(passage, "Passage");
    if (sources.stream().anyMatch(s -> s.getPassage().equals(passage))) {
      throw new DomainRuleViolation(
          "Fact " + number + " already cites this passage of " + passage.getDocument().getTitle());
    }
    List<Evidence> evidence = new ArrayList<>(evidence());
    evidence.add(new Evidence(passage, Require.present(role, "The passage's role")));
    restate(text, date, status, material, key, bearings(), evidence, editor);
  }

  /** Changes only the status (marking a fact undisputed, say). */
  public void mark(FactStatus newStatus, String editor) {
    restate(text, date, newStatus, material, key, bearings(), evidence(), editor);
  }

  private Map<Claim, Stance> checkedBearings(List<Bearing> bearings) {
    Map<Claim, Stance> checked = new LinkedHashMap<>();
    for (Bearing b : bearings == null ? List.<Bearing>of() : bearings) {
      Claim claim = Require.present(b.claim(), "Claim");
      if (!claim.getMatter().equals(matter)) {
        throw new DomainRuleViolation(
            "Claim '" + claim.getLabel() + "' belongs to another matter than this fact");
      }
      Stance stance =
          Require.present(b.stance(), "The fact's stance on '" + claim.getLabel() + "'");
      if (stance == Stance.CONTEXT) {
        throw new DomainRuleViolation(
            "A fact supports or refutes a claim; it is not context to '" + claim.getLabel() + "'");
      }
      if (checked.put(claim, stance) != null) {
        throw new DomainRuleViolation(
            "Claim '" + claim.getLabel() + "' is named twice for one fact");
      }
    }
    return checked;
  }

  private Map<Annotation, SourceRole> checkedEvidence(List<Evidence> evidence) {
    if (evidence == null || evidence.isEmpty()) {
      throw new DomainRuleViolation(
          "A fact rests on at least one marked passage: choose its source");
    }
    Map<Annotation, SourceRole> checked = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>();
    for (Evidence e : evidence) {
      Annotation passage = Require.present(e.passage(), "Passage");
      if (!passage.getDocument().getMatter().equals(matter)) {
        throw new DomainRuleViolation(
            "The passage of " + passage.getDocument().getTitle() + " belongs to another matter");
      }
      SourceRole role = Require.present(e.role(), "The passage's role");
      if (checked.put(passage, role) != null
          || (passage.getId() != null && !seen.add(passage.getId()))) {
        throw new DomainRuleViolation(
            "The same passage of " + passage.getDocument().getTitle() + " is named twice");
      }
    }
    return checked;
  }

  /** The claims as bearings, in their order. */
  public List<Bearing> bearings() {
    return claims.stream().map(c -> new Bearing(c.getClaim(), c.getStance())).toList();
  }

  /** The sources as evidence, in their order. */
  public List<Evidence> evidence() {
    return sources.stream().map(s -> new Evidence(s.getPassage(), s.getRole())).toList();
  }

  /** The passages with {@code role}, in the fact's order. */
  public List<Annotation> passages(SourceRole role) {
    return sources.stream().filter(s -> s.getRole() == role).map(FactSource::getPassage).toList();
  }

  /** How the fact bears on {@code claim}, if it does. */
  public Optional<Stance> stanceOn(Claim claim) {
    return claims.stream()
        .filter(c -> c.getClaim().equals(claim))
        .map(FactClaim::getStance)
        .findFirst();
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

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  public FactDate getDate() {
    return date;
  }

  public FactStatus getStatus() {
    return status;
  }

  public boolean isMaterial() {
    return material;
  }

  public boolean isKey() {
    return key;
  }

  public List<FactClaim> getClaims() {
    return Collections.unmodifiableList(claims);
  }

  public List<FactSource> getSources() {
    return Collections.unmodifiableList(sources);
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
