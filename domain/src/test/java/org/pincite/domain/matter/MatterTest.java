package org.pincite.domain.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.shared.DomainRuleViolation;

class MatterTest {
  @Test
  void partiesKeepTheirOrderAndNamesAreUnique() {
    Matter m = Fixtures.matter("CGC-24-612746");
    m.addParty("Elon Musk", PartyRole.PLAINTIFF);
    m.addParty("Samuel Altman", PartyRole.DEFENDANT);
    assertEquals(1, m.getParties().get(1).getPosition());
    assertThrows(DomainRuleViolation.class, () -> m.addParty("elon musk", PartyRole.DEFENDANT));
  }

  @Test
  void aMatterNeedsCaptionCourtAndDocketNumber() {
    assertThrows(DomainRuleViolation.class, () -> new Matter(" ", "Court", "1", null));
    assertThrows(DomainRuleViolation.class, () -> new Matter("A v. B", null, "1", null));
    assertThrows(DomainRuleViolation.class, () -> new Matter("A v. B", "Court", "", null));
    assertEquals(Fixtures.matter("X-1"), Fixtures.matter("X-1"));
  }
}
