package org.pincite.domain.transcript;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.pincite.domain.document.Document;
import org.pincite.domain.matter.Party;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * A page:line range of a transcript that one party offers (a designation or a counter-designation),
 * the other side's objection with its grounds, and the court's ruling.
 */
@Entity
@Table(name = "designation")
public class Designation {
  public static final int MAX_TEXT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
  @SequenceGenerator(
      name = "designation_seq",
      sequenceName = "designation_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id")
  private Party party;

  @Enumerated(EnumType.STRING)
  @Column(name = "designation_kind", nullable = false, length = 30)
  private DesignationKind kind;

  @Column(name = "page_from", nullable = false)
  private int pageFrom;

  @Column(name = "line_from", nullable = false)
  private int lineFrom;

  @Column(name = "page_to", nullable = false)
  private int pageTo;

  @Column(name = "line_to", nullable = false)
  private int lineTo;

  @Column(length = MAX_TEXT)
  private String objection;

  @Column(length = MAX_TEXT)
  private String ruling;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Designation() {}

  public Designation(
      Document document,
      Party party,
      DesignationKind kind,
      int pageFrom,
      int lineFrom,
      int pageTo,
      int lineTo,
      String createdBy) {
    this.document = Require.present(document, "Transcript");
    this.createdBy = Require.text(createdBy, "Designated by", 100);
    this.createdAt = Instant.now();
    restate(party, kind, pageFrom, lineFrom, pageTo, lineTo);
  }

  /** Restoring a matter archive: the designation keeps when it was made. */
  public void keepArchivedRecord(Instant created) {
    this.createdAt = Require.present(created, "Created at");
  }

  /** Changes who offers it and what; the range must run forward. */
  public void restate(
      Party newParty, DesignationKind newKind, int from, int fromLine, int to, int toLine) {
    Require.present(newParty, "Party");
    if (!newParty.getMatter().equals(document.getMatter())) {
      throw new DomainRuleViolation("The party must be a party of the transcript's matter");
    }
    if (from < 1 || fromLine < 1 || to < 1 || toLine < 1) {
      throw new DomainRuleViolation(
          "Pages and lines are numbered from 1: "
              + from
              + ":"
              + fromLine
              + "–"
              + to
              + ":"
              + toLine);
    }
    if (to < from || (to == from && toLine < fromLine)) {
      throw new DomainRuleViolation(
          "A designation runs forward; "
              + to
              + ":"
              + toLine
              + " comes before "
              + from
              + ":"
              + fromLine);
    }
    this.party = newParty;
    this.kind = Require.present(newKind, "Designation kind");
    this.pageFrom = from;
    this.lineFrom = fromLine;
    this.pageTo = to;
    this.lineTo = toLine;
  }

  /** The other side's objection (its grounds); blank withdraws it. */
  public void objectTo(String grounds) {
    this.objection = Require.optionalText(grounds, "Objection", MAX_TEXT);
  }

  /** The court's ruling ("Sustained", "Overruled as to 4:3–7"); blank clears it. */
  public void rule(String courtRuling) {
    this.ruling = Require.optionalText(courtRuling, "Ruling", MAX_TEXT);
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

  public Party getParty() {
    return party;
  }

  public DesignationKind getKind() {
    return kind;
  }

  public int getPageFrom() {
    return pageFrom;
  }

  public int getLineFrom() {
    return lineFrom;
  }

  public int getPageTo() {
    return pageTo;
  }

  public int getLineTo() {
    return lineTo;
  }

  public String getObjection() {
    return objection;
  }

  public String getRuling() {
    return ruling;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
