package org.pincite.domain.matter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.shared.Require;

/**
 * One case as a law firm files it: caption, court, docket number and parties. The docket number is
 * the natural identity of a matter.
 */
@Entity
@Audited
@Table(name = "matter")
public class Matter {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_seq")
  @SequenceGenerator(name = "matter_seq", sequenceName = "matter_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 500)
  private String caption;

  @Column(nullable = false, length = 300)
  private String court;

  @Column(name = "docket_number", nullable = false, unique = true, length = 100)
  private String docketNumber;

  @Column(name = "filed_on")
  private LocalDate filedOn;

  @OneToMany(mappedBy = "matter", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Party> parties = new ArrayList<>();

  protected Matter() {}

  public Matter(String caption, String court, String docketNumber, LocalDate filedOn) {
    this.caption = Require.text(caption, "Caption", 500);
    this.court = Require.text(court, "Court", 300);
    this.docketNumber = Require.text(docketNumber, "Docket number", 100);
    this.filedOn = filedOn;
  }

  /** Adds a party; the same name may not appear twice in one matter. */
  public Party addParty(String name, PartyRole role) {
    String wanted = Require.text(name, "Party name", 300);
    if (parties.stream().anyMatch(p -> p.getName().equalsIgnoreCase(wanted))) {
      throw new DomainRuleViolation("'" + wanted + "' is already a party to " + docketNumber);
    }
    Party party = new Party(this, wanted, role, parties.size());
    parties.add(party);
    return party;
  }

  public Long getId() {
    return id;
  }

  public String getCaption() {
    return caption;
  }

  public String getCourt() {
    return court;
  }

  public String getDocketNumber() {
    return docketNumber;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public List<Party> getParties() {
    return Collections.unmodifiableList(parties);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Matter other && docketNumber.equals(other.getDocketNumber()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(docketNumber);
  }

  @Override
  public String toString() {
    return caption + ", No. " + docketNumber;
  }
}
