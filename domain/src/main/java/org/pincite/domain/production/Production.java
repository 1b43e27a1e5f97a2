package org.pincite.domain.production;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesNumbering;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.document.Document;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A production we make from a matter's documents: its name, the first Bates number (prefix, start,
 * padding), how its volume holds images, and its documents in order, families together. Drafted,
 * then run: running numbers every document contiguously from the first number (a withheld document
 * or a native keeps one number for its slip sheet), then writes the volume, whose result is kept. A
 * failed run may run again; a production that is done is never renumbered.
 */
@Entity
@Table(name = "production")
public class Production {
  public static final int MAX_NAME = 200;
  public static final int MAX_FAILURE = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "production_seq")
  @SequenceGenerator(name = "production_seq", sequenceName = "production_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "bates_prefix", nullable = false, length = BatesNumber.MAX_PREFIX)
  private String prefix;

  @Column(name = "start_number", nullable = false)
  private long startNumber;

  @Column(nullable = false)
  private int padding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private VolumeImages images;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProductionStatus status = ProductionStatus.DRAFT;

  @Column(name = "pages_done", nullable = false)
  private int pagesDone;

  @Column(name = "pages_total", nullable = false)
  private int pagesTotal;

  @Column(length = MAX_FAILURE)
  private String failure;

  @Column(name = "volume_sha256", length = 64)
  private String volumeSha256;

  @Column(name = "volume_size")
  private Long volumeSize;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @OneToMany(mappedBy = "production", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProducedDocument> documents = new ArrayList<>();

  protected Production() {}

  /** A draft production of {@code matter} numbered from {@code first}. */
  public Production(
      Matter matter, String name, BatesNumber first, VolumeImages images, String createdBy) {
    this.matter = Require.present(matter, "Matter");
    this.name = Require.text(name, "Production name", MAX_NAME);
    Require.present(first, "First Bates number");
    this.prefix = first.prefix();
    this.startNumber = first.counter();
    this.padding = first.width();
    this.images = Require.present(images, "Images");
    this.createdBy = Require.text(createdBy, "Who made the production", 200);
    this.createdAt = Instant.now();
  }

  /**
   * The chosen documents in production order: each family together (the email, then its attachments
   * in order), families in the order their first chosen member was given. Only the chosen
   * documents: an attachment chosen without its email still follows its chosen siblings.
   */
  public static List<Document> inFamilyOrder(List<Document> chosen) {
    // By key, not by instance: a parent reached through an attachment may be a lazy proxy.
    Map<Object, Document> wanted = new LinkedHashMap<>();
    chosen.forEach(d -> wanted.put(key(d), d));
    Map<Object, Document> ordered = new LinkedHashMap<>();
    for (Document d : chosen) {
      Document root = d;
      while (root.getParent().isPresent()) {
        root = root.getParent().get();
      }
      for (Document member : root.familyInOrder()) {
        Document picked = wanted.get(key(member));
        if (picked != null) {
          ordered.putIfAbsent(key(member), picked);
        }
      }
    }
    return List.copyOf(ordered.values());
  }

  /** A saved document's id, else the (new) document itself. */
  private static Object key(Document d) {
    return d.getId() != null ? d.getId() : d;
  }

  private static boolean same(Document a, Document b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  /** Adds {@code document} as the next one, produced as {@code as} (not WITHHELD: see withhold). */
  public ProducedDocument include(Document document, Confidentiality endorsement, ProducedAs as) {
    requireDraft();
    Require.present(document, "Document");
    if (!document.getMatter().equals(matter)) {
      throw new DomainRuleViolation(
          "Document " + document.getId() + " is not a document of this production's matter");
    }
    if (documents.stream().anyMatch(p -> same(p.getDocument(), document))) {
      throw new DomainRuleViolation("Document " + document.getId() + " is in the production twice");
    }
    ProducedDocument produced =
        new ProducedDocument(this, document, documents.size() + 1, endorsement, as);
    documents.add(produced);
    return produced;
  }

  /**
   * Withholds an included document as privileged: its slip sheet keeps the numbering, and the
   * privilege log names {@code privilege} ("Attorney-Client Privilege") and {@code description}.
   */
  public void withhold(Document document, String privilege, String description) {
    requireDraft();
    produced(document)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "Document " + document.getId() + " is withheld but not in the production"))
        .withhold(privilege, description);
  }

  /** The production's entry for {@code document}, if it has one. */
  public Optional<ProducedDocument> produced(Document document) {
    return documents.stream().filter(p -> same(p.getDocument(), document)).findFirst();
  }

  /**
   * The Bates ranges the documents would get, in order, were each to have {@code pages} pages: the
   * numbering before running (nothing is stored).
   */
  public List<BatesRange> preview(ToIntFunction<ProducedDocument> pages) {
    BatesNumbering numbering = new BatesNumbering(firstNumber());
    List<BatesRange> ranges = new ArrayList<>();
    for (ProducedDocument d : documents) {
      ranges.add(numbering.take(pagesOf(d, pages)));
    }
    return ranges;
  }

  private static int pagesOf(ProducedDocument d, ToIntFunction<ProducedDocument> pages) {
    return d.getProducedAs() == ProducedAs.IMAGES ? Math.max(1, pages.applyAsInt(d)) : 1;
  }

  /**
   * Starts a run: a draft, or a failed run again; the old numbers (of a failed run) are dropped.
   */
  public void start() {
    if (status != ProductionStatus.DRAFT && status != ProductionStatus.FAILED) {
      throw new ProductionStateException(
          "The production '" + name + "' is " + status.name().toLowerCase() + ": it cannot run");
    }
    if (documents.isEmpty()) {
      throw new DomainRuleViolation("A production needs at least one document");
    }
    documents.forEach(d -> d.number(null));
    status = ProductionStatus.RUNNING;
    failure = null;
    pagesDone = 0;
    pagesTotal = 0;
    startedAt = Instant.now();
    finishedAt = null;
  }

  /**
   * Numbers the documents of a running production, contiguously in order, each with the pages
   * {@code pages} says it has as produced (a slip sheet is one page); answers the ranges.
   */
  public List<BatesRange> number(ToIntFunction<ProducedDocument> pages) {
    requireRunning();
    List<BatesRange> ranges = preview(pages);
    for (int i = 0; i < documents.size(); i++) {
      documents.get(i).number(ranges.get(i));
    }
    pagesTotal = ranges.stream().mapToInt(BatesRange::pageCount).sum();
    return ranges;
  }

  /** How many of the volume's pages are written. */
  public void progress(int done) {
    requireRunning();
    pagesDone = Math.min(Math.max(0, done), pagesTotal);
  }

  /** The volume is written: kept with its SHA-256 and size. */
  public void finish(String sha256, long size) {
    requireRunning();
    this.volumeSha256 = Require.text(sha256, "Volume SHA-256", 64);
    this.volumeSize = size;
    this.pagesDone = pagesTotal;
    this.status = ProductionStatus.DONE;
    this.finishedAt = Instant.now();
  }

  /** The run stopped: why, for the user; it may run again. */
  public void fail(String reason) {
    String r = reason == null || reason.isBlank() ? "The production failed" : reason.strip();
    this.failure = r.length() <= MAX_FAILURE ? r : r.substring(0, MAX_FAILURE - 1) + "…";
    this.status = ProductionStatus.FAILED;
    this.finishedAt = Instant.now();
  }

  private void requireDraft() {
    if (status != ProductionStatus.DRAFT) {
      throw new ProductionStateException(
          "The production '" + name + "' has run: its documents can no longer change");
    }
  }

  private void requireRunning() {
    if (status != ProductionStatus.RUNNING) {
      throw new ProductionStateException("The production '" + name + "' is not running");
    }
  }

  /** The first Bates number of the production. */
  public BatesNumber firstNumber() {
    return BatesNumber.of(prefix, startNumber, padding);
  }

  /** The first number given, once numbered. */
  public Optional<BatesNumber> begBates() {
    return documents.stream()
        .flatMap(d -> d.getBates().stream())
        .map(BatesRange::begin)
        .findFirst();
  }

  /** The last number given, once numbered. */
  public Optional<BatesNumber> endBates() {
    return documents.stream()
        .flatMap(d -> d.getBates().stream())
        .map(BatesRange::end)
        .reduce((a, b) -> b);
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

  public String getName() {
    return name;
  }

  public VolumeImages getImages() {
    return images;
  }

  public ProductionStatus getStatus() {
    return status;
  }

  public int getPagesDone() {
    return pagesDone;
  }

  public int getPagesTotal() {
    return pagesTotal;
  }

  public String getFailure() {
    return failure;
  }

  public Optional<String> getVolumeSha256() {
    return Optional.ofNullable(volumeSha256);
  }

  public Long getVolumeSize() {
    return volumeSize;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public List<ProducedDocument> getDocuments() {
    return Collections.unmodifiableList(documents);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Production p && id != null && Objects.equals(id, p.id));
  }

  @Override
  public int hashCode() {
    return Production.class.hashCode();
  }
}
