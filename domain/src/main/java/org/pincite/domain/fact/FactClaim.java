package org.pincite.domain.fact;

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
import org.hibernate.envers.Audited;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;

/** A claim a fact bears on, and whether the fact supports or refutes it. Part of its fact. */
@Entity
@Audited
@Table(name = "fact_claim")
public class FactClaim {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_claim_seq")
  @SequenceGenerator(name = "fact_claim_seq", sequenceName = "fact_claim_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fact_id")
  private Fact fact;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Stance stance;

  protected FactClaim() {}

  FactClaim(Fact fact, Claim claim, Stance stance) {
    this.fact = fact;
    this.claim = claim;
    this.stance = stance;
  }

  void restate(Stance newStance) {
    this.stance = newStance;
  }

  public Long getId() {
    return id;
  }

  public Fact getFact() {
    return fact;
  }

  public Claim getClaim() {
    return claim;
  }

  public Stance getStance() {
    return stance;
  }
}
