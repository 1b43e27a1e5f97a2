package org.pincite.domain.matter;

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
import org.pincite.domain.shared.Require;

/** A plaintiff, defendant or third party of one matter. Created through {@link Matter#addParty}. */
@Entity
@Audited
@Table(name = "party")
public class Party {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
  @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "matter_id")
  private Matter matter;

  @Column(nullable = false, length = 300)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PartyRole role;

  @Column(nullable = false)
  private int position;

  protected Party() {}

  Party(Matter matter, String name, PartyRole role, int position) {
    this.matter = Require.present(matter, "Matter");
    this.name = Require.text(name, "Party name", 300);
    this.role = Require.present(role, "Party role");
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Matter getMatter() {
    return matter;
  }

  public String getName() {
    return name;
  }

  public PartyRole getRole() {
    return role;
  }

  public int getPosition() {
    return position;
  }

  @Override
  public String toString() {
    return name + " (" + role.label() + ")";
  }
}
