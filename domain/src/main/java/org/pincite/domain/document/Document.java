package org.pincite.domain.document;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A filing or a piece of evidence in one matter: its original file, what the team knows about it
 * (title, date, author, exhibit label), its family (an email's attachments are its children) and
 * the text of its pages once extracted.
 */
@Entity
@Audited
@Table(name = "document")
public class Document {
  public static final int MAX_REASON = 2000;
  public static final int MAX_SHORT_CITE = 200;
  public static final int MAX_PRODUCTION = 200;
  public static final int MAX_CUSTODIAN = 1000;
  private static final int MAX_PAGE_LABEL = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
  @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DocumentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 20)
  private DocumentType type;

  @Column(nullable = false, length = 1000)
  private String title;

  @Column(name = "document_date")
  private LocalDate documentDate;

  @Column(length = 1000)
  private String author;

  @Column(name = "exhibit_label", length = 100)
  private String exhibitLabel;

  /** The name a cite gives the document ("Compl.", "Mortimer", "Roe Decl."); null when none. */
  @Column(name = "short_cite", length = MAX_SHORT_CITE)
  private String shortCite;

  /** An authority's reporter cite ("596 F.3d 1234"); null when none. */
  @Column(name = "reporter_cite", length = MAX_SHORT_CITE)
  private String reporterCite;

  /**
   * The numbers printed on the pages, one line per page (an empty line where a page has none); null
   * when no page has one other than its index. Derived from the original like the text.
   */
  @NotAudited
  @Column(name = "page_labels", length = Page.MAX_TEXT)
  private String pageLabels;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Document parent;

  @OneToMany(mappedBy = "parent")
  @OrderBy("id")
  private List<Document> children = new ArrayList<>();

  @Embedded private StoredFile original;

  @Embedded private EmailHeaders email;

  /**
   * The Bates numbers of its pages, from the production it came in or went out in; null if none.
   */
  @Embedded private BatesRange bates;

  /** The name of that production ("ROE001", "Defendants' First Production"); null if none. */
  @Column(name = "production_name", length = MAX_PRODUCTION)
  private String production;

  /** Whose files the document was collected from; null when unknown. */
  @Column(length = MAX_CUSTODIAN)
  private String custodian;

  /** The protective order's designation stamped on it; null when none. */
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Confidentiality confidentiality;

  @Enumerated(EnumType.STRING)
  @Column(name = "extraction_status", nullable = false, length = 20)
  private ExtractionStatus status = ExtractionStatus.PENDING;

  @Column(name = "status_reason", length = MAX_REASON)
  private String statusReason;

  @Column(name = "page_count", nullable = false)
  private int pageCount;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  // The text is derived from the original and re-extracted at will: its history is not the case's.
  @NotAudited
  @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Page> pages = new ArrayList<>();

  protected Document() {}

  public Document(
      Matter matter, DocumentKind kind, DocumentType type, String title, StoredFile original) {
    this.matter = Require.present(matter, "Matter");
    this.kind = Require.present(kind, "Document kind");
    this.type = Require.present(type, "Document type");
    this.title = Require.text(title, "Title", 1000);
    this.original = Require.present(original, "Original file");
    this.addedAt = Instant.now();
  }

  /** Restoring a matter archive: the document keeps when it was added where it comes from. */
  public void keepArchivedRecord(Instant added) {
    this.addedAt = Require.present(added, "Added at");
  }

  /** Sets what the team knows about the document; blank values clear a field, except the title. */
  public void describe(String newTitle, LocalDate date, String newAuthor, String newExhibitLabel) {
    this.title = Require.text(newTitle, "Title", 1000);
    this.documentDate = date;
    this.author = Require.optionalText(newAuthor, "Author", 1000);
    this.exhibitLabel = Require.optionalText(newExhibitLabel, "Exhibit label", 100);
  }

  /**
   * Names the document as a cite names it: a short cite name ("Roe Decl.") and, for an authority,
   * its reporter cite ("596 F.3d 1234"); blank values clear them.
   */
  public void nameForCites(String newShortCite, String newReporterCite) {
    this.shortCite = Require.optionalText(newShortCite, "Short cite name", MAX_SHORT_CITE);
    this.reporterCite = Require.optionalText(newReporterCite, "Reporter cite", MAX_SHORT_CITE);
  }

  /**
   * Records the numbers printed on the pages (page 1 first; null or blank where a page has none),
   * found in the original like the text. Labels that are just the page indices are not kept, nor
   * labels too long to be a page number.
   */
  public void recordPageLabels(List<String> labels) {
    Require.present(labels, "Page labels");
    boolean differ = false;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i) == null ? "" : labels.get(i).strip().replaceAll("\\s+", " ");
      // A page "number" longer than a page number is none (a file's stray label text).
      l = l.length() > MAX_PAGE_LABEL || l.contains("\n") ? "" : l;
      differ |= !l.isEmpty() && !l.equals(Integer.toString(i + 1));
      s.append(i == 0 ? "" : "\n").append(l);
    }
    this.pageLabels = differ ? s.toString() : null;
  }

  /**
   * Gives the document's pages the Bates numbers {@code range} (page 1 its beginning) from the
   * production named {@code productionName}. The range numbers every page when the pages are known;
   * a document keeps the numbers it has (a number is never reused, nor renumbered): numbering it
   * again with the same range only renames the production. Whether another document of the matter
   * holds one of the numbers is the caller's check, across the matter.
   */
  public void numberPages(BatesRange range, String productionName) {
    Require.present(range, "Bates range");
    if (bates != null && !bates.equals(range)) {
      throw new DomainRuleViolation(
          "The document is already Bates-numbered " + bates + "; it cannot be renumbered " + range);
    }
    if (pageCount > 0 && range.pageCount() != pageCount) {
      throw new DomainRuleViolation(
          "The Bates range "
              + range
              + " numbers "
              + range.pageCount()
              + (range.pageCount() == 1 ? " page" : " pages")
              + "; the document has "
              + pageCount);
    }
    this.bates = range;
    this.production = Require.optionalText(productionName, "Production", MAX_PRODUCTION);
  }

  /** Records whose files the document came from; blank clears it. */
  public void recordCustodian(String newCustodian) {
    this.custodian = Require.optionalText(newCustodian, "Custodian", MAX_CUSTODIAN);
  }

  /** Designates the document under the protective order; null for no designation. */
  public void designate(Confidentiality designation) {
    this.confidentiality = designation;
  }

  public void reclassify(DocumentKind newKind, DocumentType newType) {
    this.kind = Require.present(newKind, "Document kind");
    this.type = Require.present(newType, "Document type");
  }

  /**
   * Fills the fields the team left empty from what the file itself says (PDF metadata, headers).
   */
  public void fillFromFile(String fileTitle, LocalDate fileDate, String fileAuthor) {
    if (fileTitle != null && !fileTitle.isBlank() && title.equals(original.getFileName())) {
      this.title = Require.text(fileTitle, "Title", 1000);
    }
    if (documentDate == null) {
      this.documentDate = fileDate;
    }
    if (author == null) {
      this.author = Require.optionalText(fileAuthor, "Author", 1000);
    }
  }

  public void recordEmailHeaders(EmailHeaders headers) {
    this.email = Require.present(headers, "Email headers");
  }

  /** Makes {@code child} part of this document's family (an attachment of an email). */
  public void attach(Document child) {
    Require.present(child, "Attachment");
    if (!child.getMatter().equals(matter)) {
      throw new DomainRuleViolation("An attachment must belong to the same matter as its email");
    }
    if (child == this || child.isAncestorOf(this)) {
      throw new DomainRuleViolation("A document cannot be an attachment of itself");
    }
    child.getParent().ifPresent(old -> old.release(child));
    child.parent = this;
    children.add(child);
  }

  void release(Document child) {
    children.remove(child);
  }

  private boolean isAncestorOf(Document other) {
    for (Document d = other.getParent().orElse(null); d != null; d = d.getParent().orElse(null)) {
      if (d == this) {
        return true;
      }
    }
    return false;
  }

  /** Replaces the document's pages with freshly extracted text, page 1 first. */
  public void recordText(List<String> pageTexts) {
    Require.present(pageTexts, "Page texts");
    // Pages that exist keep their rows and take the new text: deleting and re-inserting page n in
    // one flush would meet the (document, number) key, since Hibernate inserts before it deletes.
    for (int i = 0; i < pageTexts.size(); i++) {
      if (i < pages.size()) {
        pages.get(i).replaceText(pageTexts.get(i));
      } else {
        pages.add(new Page(this, i + 1, pageTexts.get(i)));
      }
    }
    while (pages.size() > pageTexts.size()) {
      pages.remove(pages.size() - 1);
    }
    pageCount = pages.size();
    status = ExtractionStatus.EXTRACTED;
    statusReason = null;
  }

  /**
   * As {@link #recordText(List)}, with the numbered lines of each page ({@code pageLines} one list
   * per page, empty for a page without line numbers).
   */
  public void recordText(List<String> pageTexts, List<List<NumberedLine>> pageLines) {
    Require.present(pageLines, "Page lines");
    if (!pageLines.isEmpty() && pageLines.size() != pageTexts.size()) {
      throw new DomainRuleViolation(
          pageLines.size() + " pages of lines given for " + pageTexts.size() + " pages of text");
    }
    recordText(pageTexts);
    for (int i = 0; i < pageLines.size(); i++) {
      pages.get(i).numberLines(pageLines.get(i));
    }
  }

  /**
   * Moves every numbered line's printed page by {@code delta}: a second volume whose file numbers
   * its pages from 1 goes on from the first volume's last page.
   */
  public void shiftPrintedPages(int delta) {
    if (delta == 0) {
      return;
    }
    for (Page page : pages) {
      List<NumberedLine> moved =
          page.getLines().stream()
              .map(
                  l ->
                      new NumberedLine(
                          l.getPrintedPage() + delta, l.getNumber(), l.getStart(), l.getEnd()))
              .toList();
      page.numberLines(moved);
    }
  }

  /** Whether any page has numbered lines (a transcript, pleading paper). */
  public boolean isLineNumbered() {
    return pages.stream().anyMatch(Page::isLineNumbered);
  }

  /**
   * Says how the text just recorded was read, when a user should know ("read from a repaired copy
   * of the PDF; the original is kept as received", "pages 1–14 OCR'd").
   */
  public void noteOnText(String note) {
    if (status == ExtractionStatus.EXTRACTED) {
      changeStatus(status, note);
    }
  }

  public void markFailed(String reason) {
    changeStatus(
        ExtractionStatus.FAILED, Require.text(reason, "Failure reason", Integer.MAX_VALUE));
  }

  public void markNeedsPassword(String reason) {
    changeStatus(ExtractionStatus.NEEDS_PASSWORD, reason);
  }

  public void markNeedsOcr(String reason) {
    changeStatus(ExtractionStatus.NEEDS_OCR, reason);
  }

  /** Puts the document back in the queue, e.g. to retry after a failure. */
  public void markPending() {
    changeStatus(ExtractionStatus.PENDING, null);
  }

  private void changeStatus(ExtractionStatus newStatus, String reason) {
    this.status = newStatus;
    this.statusReason =
        reason == null || reason.length() <= MAX_REASON
            ? reason
            : reason.substring(0, MAX_REASON - 1) + "…";
  }

  /** Page {@code number} (1-based), when the document has it. */
  public Optional<Page> page(int number) {
    if (number < 1 || number > pages.size()) {
      return Optional.empty();
    }
    Page candidate = pages.get(number - 1);
    return candidate.getNumber() == number
        ? Optional.of(candidate)
        : pages.stream().filter(p -> p.getNumber() == number).findFirst();
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

  public DocumentKind getKind() {
    return kind;
  }

  public DocumentType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public String getAuthor() {
    return author;
  }

  public String getExhibitLabel() {
    return exhibitLabel;
  }

  public String getShortCite() {
    return shortCite;
  }

  public String getReporterCite() {
    return reporterCite;
  }

  /**
   * The number printed on each page, page 1 first (null where a page has none); empty when no page
   * has one other than its index.
   */
  public List<String> getPageLabels() {
    if (pageLabels == null) {
      return List.of();
    }
    List<String> labels = new ArrayList<>();
    for (String l : pageLabels.split("\n", -1)) {
      labels.add(l.isEmpty() ? null : l);
    }
    return Collections.unmodifiableList(labels);
  }

  /** The Bates numbers of the pages, when the document has them. */
  public Optional<BatesRange> getBates() {
    return Optional.ofNullable(bates);
  }

  /** The Bates number of page {@code number} (1-based), when the range numbers that page. */
  public Optional<BatesNumber> batesOf(int number) {
    return bates == null || number < 1 || number > bates.pageCount()
        ? Optional.empty()
        : Optional.of(bates.page(number));
  }

  /** The first Bates number, when numbered. */
  public Optional<BatesNumber> getBegBates() {
    return getBates().map(BatesRange::begin);
  }

  /** The last Bates number, when numbered. */
  public Optional<BatesNumber> getEndBates() {
    return getBates().map(BatesRange::end);
  }

  /** The production the Bates numbers come from; null when none. */
  public String getProduction() {
    return production;
  }

  public String getCustodian() {
    return custodian;
  }

  public Optional<Confidentiality> getConfidentiality() {
    return Optional.ofNullable(confidentiality);
  }

  /**
   * The document and its family below it in production order: the document, then each attachment
   * (in the order attached) followed by its own attachments.
   */
  public List<Document> familyInOrder() {
    List<Document> family = new ArrayList<>();
    family.add(this);
    for (Document child : children) {
      family.addAll(child.familyInOrder());
    }
    return Collections.unmodifiableList(family);
  }

  public Optional<Document> getParent() {
    return Optional.ofNullable(parent);
  }

  public List<Document> getChildren() {
    return Collections.unmodifiableList(children);
  }

  public StoredFile getOriginal() {
    return original;
  }

  public Optional<EmailHeaders> getEmail() {
    return Optional.ofNullable(email);
  }

  public ExtractionStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public int getPageCount() {
    return pageCount;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public List<Page> getPages() {
    return Collections.unmodifiableList(pages);
  }

  @Override
  public String toString() {
    return (exhibitLabel == null ? "" : exhibitLabel + " ") + title;
  }
}
