package org.pincite.domain.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;

class AnnotationTest {
  private final Matter matter = Fixtures.matter("CGC-24-612746");
  private final Claim forProfit =
      Claim.topLevel(
          ClaimKind.DEFENCE,
          matter.addParty("OpenAI, Inc.", PartyRole.DEFENDANT),
          "Musk knew of the for-profit plan",
          null,
          0);
  private final Document email =
      Fixtures.documentWithPages(matter, "We need a for-profit entity to raise capital.");

  @Test
  void marksAPassageAgainstClaimsAndCanBeRestated() {
    Annotation a =
        new Annotation(
            email,
            Passage.select(email, 1, 10, 1, 27),
            Stance.SUPPORTS,
            List.of(forProfit),
            "  key admission ",
            "paralegal");
    assertEquals("for-profit entity", a.getPassage().getQuote());
    assertEquals("key admission", a.getNote());
    assertEquals(Set.of(forProfit), a.getClaims());
    a.restate(Stance.CONTEXT, List.of(forProfit), "", "attorney");
    assertEquals(Stance.CONTEXT, a.getStance());
    assertEquals(null, a.getNote());
    assertEquals("attorney", a.getUpdatedBy());
    assertEquals("paralegal", a.getAuthor());
  }

  @Test
  void needsAtLeastOneClaimOfTheSameMatter() {
    Passage p = Passage.select(email, 1, 0, 1, 7);
    assertThrows(
        DomainRuleViolation.class,
        () -> new Annotation(email, p, Stance.REFUTES, List.of(), null, "me"));
    Matter other = Fixtures.matter("OTHER-1");
    Claim foreign =
        Claim.topLevel(
            ClaimKind.COUNT, other.addParty("X", PartyRole.PLAINTIFF), "Foreign", null, 0);
    assertThrows(
        DomainRuleViolation.class,
        () -> new Annotation(email, p, Stance.REFUTES, List.of(foreign), null, "me"));
    assertThrows(
        DomainRuleViolation.class,
        () -> new Annotation(email, p, null, List.of(forProfit), null, "me"));
  }
}
