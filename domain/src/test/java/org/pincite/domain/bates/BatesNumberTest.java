package org.pincite.domain.bates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pincite.domain.shared.DomainRuleViolation;

class BatesNumberTest {
  @Test
  void aNumberReadsAsItsPrefixAndPaddedCounterAndFormatsBackTheSame() {
    BatesNumber n = BatesNumber.parse(" OPENAI_0000123 ");
    assertEquals("OPENAI_", n.prefix());
    assertEquals(123, n.counter());
    assertEquals(7, n.width());
    assertEquals("OPENAI_0000123", n.format());
    assertEquals("0000123", n.digits());
    assertEquals(n, BatesNumber.of("OPENAI_", 123, 7));
    assertEquals("0042", BatesNumber.parse("0042").format(), "a prefix may be empty");
    assertEquals("ROE-2-", BatesNumber.parse("ROE-2-000001").prefix());
  }

  @Test
  void nextCountsOnInTheSameSeriesUntilThePaddingIsUsedUp() {
    assertEquals("ROE0000010", BatesNumber.parse("ROE0000009").next().format());
    assertEquals("ROE0000105", BatesNumber.parse("ROE0000005").plus(100).format());
    DomainRuleViolation full =
        assertThrows(DomainRuleViolation.class, () -> BatesNumber.parse("ROE999").next());
    assertTrue(full.getMessage().contains("does not fit 3 digits"), full.getMessage());
  }

  @Test
  void numbersSortByPrefixThenCounter() {
    List<BatesNumber> list =
        new ArrayList<>(
            List.of(
                BatesNumber.parse("ROE0000010"),
                BatesNumber.parse("ABC0000500"),
                BatesNumber.parse("ROE0000002")));
    list.sort(null);
    assertEquals(
        List.of("ABC0000500", "ROE0000002", "ROE0000010"),
        list.stream().map(BatesNumber::format).toList());
    assertEquals(8, BatesNumber.parse("ROE02").distanceTo(BatesNumber.parse("ROE0000010")));
  }

  @Test
  void whatIsNotANumberIsRefusedWithTheReason() {
    assertMessage("does not end in digits", () -> BatesNumber.parse("ROE"));
    assertMessage("must not be blank", () -> BatesNumber.parse(" "));
    assertMessage("cannot end in a digit", () -> BatesNumber.of("ROE2", 1, 7));
    assertMessage("cannot hold spaces", () -> BatesNumber.of("RO E", 1, 7));
    assertMessage("padding is 1 to 15", () -> BatesNumber.of("ROE", 1, 0));
    assertMessage("does not fit", () -> BatesNumber.of("ROE", 1000, 3));
    assertMessage("cannot be negative", () -> BatesNumber.of("ROE", -1, 3));
    assertFalse(BatesNumber.isBatesNumber("Smith"));
  }

  @Test
  void aRangeNumbersOnePageEachAndCitesItsPagesShortened() {
    BatesRange r = BatesRange.parse("ROE0000005", "ROE0000006");
    assertEquals(2, r.pageCount());
    assertEquals("ROE0000006", r.page(2).format());
    assertEquals("ROE0000005–06", r.cite());
    assertEquals("ROE0000006", r.citeBetween(2, 2));
    assertEquals("ROE0000099–100", BatesRange.parse("ROE0000099", "ROE0000100").cite());
    assertEquals("ROE0000007", BatesRange.parse("ROE0000007", "").cite());
    assertEquals(2, r.pageOf(BatesNumber.parse("ROE06")), "any padding names the same page");
    assertEquals(0, r.pageOf(BatesNumber.parse("ROE0000007")));
    assertEquals("ROE0000007", r.following().format());
    assertEquals("ROE0000005–ROE0000006", r.toString());
  }

  @Test
  void rangesOverlapOnlyInTheSameSeries() {
    BatesRange a = BatesRange.parse("ROE0000005", "ROE0000009");
    assertTrue(a.overlaps(BatesRange.parse("ROE0000009", "ROE0000012")));
    assertTrue(a.overlaps(BatesRange.parse("ROE0000006", "ROE0000006")));
    assertFalse(a.overlaps(BatesRange.parse("ROE0000010", "ROE0000012")));
    assertFalse(a.overlaps(BatesRange.parse("ABC0000005", "ABC0000009")));
  }

  @Test
  void aRangeThatEndsBeforeItBeginsOrSpansTwoSeriesIsRefused() {
    assertMessage("ends before it begins", () -> BatesRange.parse("ROE0000006", "ROE0000005"));
    assertMessage("not in one Bates series", () -> BatesRange.parse("ROE0000001", "ABC0000002"));
    assertMessage("not in one Bates series", () -> BatesRange.parse("ROE0000001", "ROE02"));
    assertMessage("at least one page", () -> BatesRange.of(BatesNumber.parse("ROE1"), 0));
    assertMessage("not page 3", () -> BatesRange.parse("ROE1", "ROE2").page(3));
  }

  @Test
  void theNumberingHandsOutContiguousRangesSoAFamilyHasNoGap() {
    BatesNumbering numbering = BatesNumbering.startingAt("ROE", 1, 7);
    BatesRange email = numbering.take(2);
    BatesRange first = numbering.take(1);
    BatesRange second = numbering.take(3);
    assertEquals("ROE0000001–ROE0000002", email.toString());
    assertEquals("ROE0000003", first.toString());
    assertEquals("ROE0000004–ROE0000006", second.toString());
    assertEquals("ROE0000007", numbering.peek().format());
  }

  @Test
  void theNumberingStopsAtTheEndOfItsPadding() {
    BatesNumbering numbering = BatesNumbering.startingAt("X", 97, 2);
    assertEquals("X97–X99", numbering.take(3).toString());
    assertMessage("series ends at X99", () -> numbering.take(1));
    assertMessage("does not fit", () -> BatesNumbering.startingAt("X", 98, 2).take(3));
  }

  @Test
  void confidentialityReadsItsNameOrLabelAndNoneIsNoDesignation() {
    assertEquals(Optional.of(Confidentiality.CONFIDENTIAL), Confidentiality.parse("confidential"));
    assertEquals(
        Optional.of(Confidentiality.HIGHLY_CONFIDENTIAL_AEO),
        Confidentiality.parse("HIGHLY CONFIDENTIAL - ATTORNEYS’ EYES ONLY"));
    assertEquals(
        Optional.of(Confidentiality.HIGHLY_CONFIDENTIAL_AEO),
        Confidentiality.parse(Confidentiality.HIGHLY_CONFIDENTIAL_AEO.label()));
    assertEquals(
        Optional.of(Confidentiality.HIGHLY_CONFIDENTIAL_AEO),
        Confidentiality.parse("HIGHLY_CONFIDENTIAL_AEO"));
    assertEquals(Optional.empty(), Confidentiality.parse("none"));
    assertEquals(Optional.empty(), Confidentiality.parse(null));
    assertMessage(
        "Unknown confidentiality designation 'SECRET'", () -> Confidentiality.parse("SECRET"));
  }

  private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
    DomainRuleViolation e = assertThrows(DomainRuleViolation.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
