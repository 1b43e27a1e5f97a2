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
import org.pincite.domain.annotation.Annotation;

/**
 * A marked passage a fact rests on, in the order the fact cites its sources: supporting evidence,
 * or the other side's evidence disputing it. Part of its fact.
 */
@Entity
@Audited
@Table(name = "fact_source")
public class FactSource {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_source_seq")
  @SequenceGenerator(
      name = "fact_source_seq",
      sequenceName = "fact_source_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fact_id")
  private Fact fact;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "annotation_id")
  private Annotation passage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SourceRole role;

  @Column(nullable = false)
  private int position;

  protected FactSource() {}

  FactSource(Fact fact, Annotation passage, SourceRole role, int position) {
    this.fact = fact;
    this.passage = passage;
    this.role = role;
    this.position = position;
  }

  void restate(SourceRole newRole, int newPosition) {
    this.role = newRole;
    this.position = newPosition;
  }

  public Long getId() {
    return id;
  }

  public Fact getFact() {
    return fact;
  }

  public Annotation getPassage() {
    return passage;
  }

  public SourceRole getRole() {
    return role;
  }

  public int getPosition() {
    return position;
  }
}
