package org.pincite.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;

class ClaimTest {
  private final Matter matter = Fixtures.matter("CGC-24-612746");
  private final Party musk = matter.addParty("Elon Musk", PartyRole.PLAINTIFF);

  @Test
  void elementsAreOrderedUnderTheirCountAndAssertedByTheSameParty() {
    Claim count = Claim.topLevel(ClaimKind.COUNT, musk, "Breach of contract", null, 0);
    Claim a = count.addChild(ClaimKind.ELEMENT, "A contract existed", null);
    Claim b = count.addChild(ClaimKind.ELEMENT, "It was breached", null);
    assertEquals(List.of(a, b), count.getChildren());
    assertEquals(1, b.getPosition());
    assertEquals(musk, b.getAssertedBy());
    assertEquals(count, b.getParent().orElseThrow());
    assertEquals(List.of(count, a, b), count.selfAndDescendants());
  }

  @Test
  void aClaimCannotBecomeItsOwnAncestor() {
    Claim count = Claim.topLevel(ClaimKind.COUNT, musk, "Breach of contract", null, 0);
    Claim element = count.addChild(ClaimKind.ELEMENT, "A contract existed", null);
    Claim allegation = element.addChild(ClaimKind.ALLEGATION, "The founding agreement", null);
    assertThrows(ClaimCycleException.class, () -> element.moveUnder(allegation));
    assertThrows(ClaimCycleException.class, () -> element.moveUnder(element));
    assertTrue(element.isAncestorOf(allegation));
    assertEquals(count, element.getParent().orElseThrow());
  }

  @Test
  void movingAnElementRenumbersTheSiblingsItLeaves() {
    Claim one = Claim.topLevel(ClaimKind.COUNT, musk, "One", null, 0);
    Claim two = Claim.topLevel(ClaimKind.COUNT, musk, "Two", null, 1);
    Claim a = one.addChild(ClaimKind.ELEMENT, "a", null);
    Claim b = one.addChild(ClaimKind.ELEMENT, "b", null);
    a.moveUnder(two);
    assertEquals(List.of(b), one.getChildren());
    assertEquals(0, b.getPosition());
    assertEquals(List.of(a), two.getChildren());
    assertFalse(one.isAncestorOf(a));
  }

  @Test
  void onlyCountsAndDefencesStandAtTheTop() {
    assertThrows(
        DomainRuleViolation.class, () -> Claim.topLevel(ClaimKind.ELEMENT, musk, "x", null, 0));
    Claim count = Claim.topLevel(ClaimKind.COUNT, musk, "Count", null, 0);
    assertThrows(DomainRuleViolation.class, () -> count.addChild(ClaimKind.DEFENCE, "x", null));
    Claim other = Claim.topLevel(ClaimKind.COUNT, musk, "Other", null, 1);
    assertThrows(DomainRuleViolation.class, () -> count.moveUnder(other));
  }

  @Test
  void theAssertingPartyMustBeAPartyToTheMatterAndLabelsAreRequired() {
    Matter another = Fixtures.matter("OTHER-1");
    Party stranger = another.addParty("Someone", PartyRole.THIRD_PARTY);
    Claim count = Claim.topLevel(ClaimKind.COUNT, musk, "Count", null, 0);
    Claim foreign = Claim.topLevel(ClaimKind.COUNT, stranger, "Foreign", null, 0);
    Claim foreignElement = foreign.addChild(ClaimKind.ELEMENT, "x", null);
    assertThrows(DomainRuleViolation.class, () -> foreignElement.moveUnder(count));
    assertThrows(
        DomainRuleViolation.class, () -> Claim.topLevel(ClaimKind.COUNT, musk, "  ", null, 0));
  }

  @Test
  void siblingsSwapPlacesAndOnlySiblingsDo() {
    Matter matter = Fixtures.matter("CGC-24-612746");
    Party musk = matter.addParty("Elon Musk", PartyRole.PLAINTIFF);
    Claim contract = Claim.topLevel(ClaimKind.COUNT, musk, "Breach of contract", null, 0);
    Claim estoppel = Claim.topLevel(ClaimKind.COUNT, musk, "Promissory estoppel", null, 1);
    Claim existed = contract.addChild(ClaimKind.ELEMENT, "A contract existed", null);
    Claim breached = contract.addChild(ClaimKind.ELEMENT, "OpenAI breached it", null);

    breached.swapPlaceWith(existed);
    assertEquals(List.of(breached, existed), contract.getChildren());
    assertEquals(0, breached.getPosition());
    assertEquals(1, existed.getPosition());

    estoppel.swapPlaceWith(contract);
    assertEquals(0, estoppel.getPosition());
    assertEquals(1, contract.getPosition());

    assertThrows(DomainRuleViolation.class, () -> existed.swapPlaceWith(estoppel));
    assertThrows(DomainRuleViolation.class, () -> existed.swapPlaceWith(existed));
  }
}
