package org.pincite.domain.production;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.document.Document;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * One document of a production, at its place in the order: its endorsement, how it is produced,
 * what the privilege log says when it is withheld, and the Bates range it was given when the
 * production ran (none before). Changed only through its production.
 */
@Entity
@Table(name = "production_document")
public class ProducedDocument {
  public static final int MAX_PRIVILEGE = 100;
  public static final int MAX_DESCRIPTION = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "production_document_seq")
  @SequenceGenerator(
      name = "production_document_seq",
      sequenceName = "production_document_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "production_id")
  private Production production;

  /** The matter's id again, for the key that keeps a matter's Bates numbers unique. */
  @Column(name = "matter_id", nullable = false)
  private Long matterId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Confidentiality endorsement;

  @Column(nullable = false)
  private boolean withheld;

  @Column(length = MAX_PRIVILEGE)
  private String privilege;

  @Column(name = "privilege_description", length = MAX_DESCRIPTION)
  private String privilegeDescription;

  @Enumerated(EnumType.STRING)
  @Column(name = "produced_as", length = 10)
  private ProducedAs producedAs;

  @Embedded private BatesRange bates;

  protected ProducedDocument() {}

  ProducedDocument(
      Production production,
      Document document,
      int position,
      Confidentiality endorsement,
      ProducedAs producedAs) {
    this.production = production;
    this.document = document;
    this.position = position;
    this.endorsement = endorsement;
    this.producedAs = Require.present(producedAs, "How the document is produced");
    if (producedAs == ProducedAs.WITHHELD) {
      throw new DomainRuleViolation("Withhold a document with its privilege and description");
    }
  }

  @PrePersist
  void keyByMatter() {
    matterId = production.getMatter().getId();
  }

  void withhold(String privilegeType, String description) {
    this.privilege = Require.text(privilegeType, "Privilege", MAX_PRIVILEGE);
    this.privilegeDescription =
        Require.text(description, "Privilege log description", MAX_DESCRIPTION);
    this.withheld = true;
    this.producedAs = ProducedAs.WITHHELD;
  }

  void number(BatesRange range) {
    this.bates = range;
  }

  public Long getId() {
    return id;
  }

  public Production getProduction() {
    return production;
  }

  public Document getDocument() {
    return document;
  }

  public int getPosition() {
    return position;
  }

  public Optional<Confidentiality> getEndorsement() {
    return Optional.ofNullable(endorsement);
  }

  public boolean isWithheld() {
    return withheld;
  }

  public String getPrivilege() {
    return privilege;
  }

  public String getPrivilegeDescription() {
    return privilegeDescription;
  }

  public ProducedAs getProducedAs() {
    return producedAs;
  }

  /** The Bates range it was given when the production ran; empty before. */
  public Optional<BatesRange> getBates() {
    return Optional.ofNullable(bates);
  }
}
