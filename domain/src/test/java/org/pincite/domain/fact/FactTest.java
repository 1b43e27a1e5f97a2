package org.pincite.domain.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;

class FactTest {
  private final Matter matter = Fixtures.matter("CGC-24-612746");
  private final Claim count =
      Claim.topLevel(
          ClaimKind.COUNT,
          matter.addParty("Elon Musk", PartyRole.PLAINTIFF),
          "Breach of contract",
          null,
          0);
  private final Document email =
      Fixtures.documentWithPages(matter, "We need a for-profit entity to raise capital. 일론 머스크");
  private final Annotation passage =
      new Annotation(
          email,
          Passage.select(email, 1, 10, 1, 27),
          Stance.SUPPORTS,
          List.of(count),
          null,
          "paralegal");

  @Test
  void aFactFromAPassageStartsWithItsQuoteItsClaimsAndItAsSupportingSource() {
    Fact f = Fact.fromPassage(matter, 1, passage, "attorney");
    assertEquals("for-profit entity", f.getText());
    assertEquals(FactStatus.UNSURE, f.getStatus());
    assertEquals(List.of(new Fact.Bearing(count, Stance.SUPPORTS)), f.bearings());
    assertEquals(List.of(passage), f.passages(SourceRole.SUPPORTS));
    assertFalse(f.getDate().isKnown());
    assertTrue(f.isMaterial());
  }

  @Test
  void refusesWhatBreaksItsRules() {
    Matter other = Fixtures.matter("CGC-00-000001");
    Claim elsewhere =
        Claim.topLevel(
            ClaimKind.COUNT, other.addParty("Someone", PartyRole.PLAINTIFF), "Other", null, 0);
    List<Fact.Evidence> one = List.of(new Fact.Evidence(passage, SourceRole.SUPPORTS));
    assertThrows(DomainRuleViolation.class, () -> fact(" ", List.of(), one));
    assertThrows(DomainRuleViolation.class, () -> fact("A fact.", List.of(), List.of()));
    assertThrows(
        DomainRuleViolation.class,
        () -> fact("A fact.", List.of(new Fact.Bearing(elsewhere, Stance.SUPPORTS)), one));
    assertThrows(
        DomainRuleViolation.class,
        () -> fact("A fact.", List.of(new Fact.Bearing(count, Stance.CONTEXT)), one));
    assertThrows(
        DomainRuleViolation.class,
        () ->
            fact(
                "A fact.",
                List.of(
                    new Fact.Bearing(count, Stance.SUPPORTS),
                    new Fact.Bearing(count, Stance.REFUTES)),
                one));
    List<Fact.Evidence> twice = new ArrayList<>(one);
    twice.add(new Fact.Evidence(passage, SourceRole.DISPUTES));
    assertThrows(DomainRuleViolation.class, () -> fact("A fact.", List.of(), twice));
    Fact f = fact("A fact.", List.of(), one);
    assertThrows(
        DomainRuleViolation.class, () -> f.attach(passage, SourceRole.DISPUTES, "attorney"));
  }

  @Test
  void restatingKeepsTheRowsOfClaimsAndSourcesThatStay() {
    Annotation other =
        new Annotation(
            email, Passage.select(email, 1, 0, 1, 7), Stance.REFUTES, List.of(count), null, "x");
    Fact f = Fact.fromPassage(matter, 3, passage, "attorney");
    FactClaim claimRow = f.getClaims().get(0);
    FactSource sourceRow = f.getSources().get(0);
    f.attach(other, SourceRole.DISPUTES, "paralegal");
    f.restate(
        "Musk wanted a for-profit entity.",
        FactDate.in(YearMonth.of(2017, 9)),
        FactStatus.UNDISPUTED,
        true,
        true,
        List.of(new Fact.Bearing(count, Stance.REFUTES)),
        f.evidence(),
        "paralegal");
    assertSame(claimRow, f.getClaims().get(0));
    assertEquals(Stance.REFUTES, f.getClaims().get(0).getStance());
    assertSame(sourceRow, f.getSources().get(0));
    assertEquals(List.of(other), f.passages(SourceRole.DISPUTES));
    assertEquals("Sep 2017", f.getDate().text());
    assertEquals("paralegal", f.getUpdatedBy());
    assertTrue(f.isKey() && f.isMaterial());
  }

  @Test
  void datesReadAsALawyerWritesThemAndSortUndatedLast() {
    assertEquals("21 Sep 2017", FactDate.on(LocalDate.of(2017, 9, 21)).text());
    assertEquals("2018", FactDate.inYear(2018).text());
    assertEquals("before 1 Mar 2018", FactDate.before(LocalDate.of(2018, 3, 1)).text());
    assertEquals("after 1 Mar 2018", FactDate.after(LocalDate.of(2018, 3, 1)).text());
    assertEquals(
        "1 Jan 2017 \u2013 4 Feb 2017",
        FactDate.between(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 4)).text());
    assertThrows(
        DomainRuleViolation.class,
        () -> FactDate.between(LocalDate.of(2017, 2, 4), LocalDate.of(2017, 1, 1)));
    assertThrows(DomainRuleViolation.class, () -> FactDate.inYear(17));
    List<FactDate> dates =
        new ArrayList<>(
            List.of(
                FactDate.none(), FactDate.inYear(2018), FactDate.on(LocalDate.of(2015, 12, 11))));
    dates.sort(FactDate.CHRONOLOGICAL);
    assertEquals(List.of("11 Dec 2015", "2018", ""), dates.stream().map(FactDate::text).toList());
  }

  private Fact fact(String text, List<Fact.Bearing> bearings, List<Fact.Evidence> evidence) {
    return new Fact(
        matter,
        1,
        text,
        FactDate.none(),
        FactStatus.UNSURE,
        false,
        false,
        bearings,
        evidence,
        "attorney");
  }
}
