package org.pincite.domain.redaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.document.Document;
import org.pincite.domain.shared.DomainRuleViolation;

/** A redaction's rules: a box inside its page, a range on the text, a reason and an author. */
class RedactionTest {
  // Fiction written for this test.
  private final Document letter =
      Fixtures.documentWithPages(
          Fixtures.matter("FIC-16-0001"),
          "Counsel advised that the merger terms were unlawful.\n",
          "The patient, Jane Roe, SSN 078-05-1120, was discharged.\n");

  @Test
  void aBoxLiesInsideItsPage() {
    Redaction r =
        Redaction.box(letter, 2, 0.1, 0.2, 0.5, 0.05, RedactionReason.PRIVACY, "paralegal");
    assertTrue(r.isBox());
    assertEquals(new Redaction.Box(0.1, 0.2, 0.5, 0.05), r.getBox().orElseThrow());
    assertEquals(2, r.getFirstPage());
    assertEquals(2, r.getLastPage());
    assertTrue(r.isOn(2));
    assertFalse(r.isOn(1));
    assertEquals("paralegal", r.getCreatedBy());
    assertTrue(r.charactersOn(2, 50).isEmpty(), "a box has no characters of its own");
  }

  @Test
  void aBoxToTheVeryEdgeIsInsideDespiteRounding() {
    Redaction r =
        Redaction.box(letter, 1, 0.3, 0.9, 0.7000000001, 0.1, RedactionReason.PRIVILEGE, "a");
    Redaction.Box box = r.getBox().orElseThrow();
    assertTrue(box.x() + box.width() <= 1.0);
  }

  @Test
  void refusesBoxesOffThePageOrWithoutSize() {
    List<String> messages =
        List.of(
                (Runnable)
                    () ->
                        Redaction.box(letter, 1, 0.6, 0.1, 0.5, 0.1, RedactionReason.PRIVACY, "a"),
                () -> Redaction.box(letter, 1, 0.1, 0.95, 0.2, 0.1, RedactionReason.PRIVACY, "a"),
                () -> Redaction.box(letter, 1, -0.1, 0.1, 0.2, 0.1, RedactionReason.PRIVACY, "a"),
                () -> Redaction.box(letter, 1, 0.1, 1.0, 0.2, 0.1, RedactionReason.PRIVACY, "a"),
                () -> Redaction.box(letter, 1, 0.1, 0.1, 0, 0.1, RedactionReason.PRIVACY, "a"),
                () ->
                    Redaction.box(
                        letter, 1, Double.NaN, 0.1, 0.2, 0.1, RedactionReason.PRIVACY, "a"),
                () -> Redaction.box(letter, 3, 0.1, 0.1, 0.2, 0.1, RedactionReason.PRIVACY, "a"))
            .stream()
            .map(bad -> assertThrows(InvalidRedactionException.class, bad::run).getMessage())
            .toList();
    assertTrue(
        messages.get(0).contains("runs off the right of the page: x + w is 1.1"), messages.get(0));
    assertTrue(messages.get(1).contains("runs off the bottom"), messages.get(1));
    assertTrue(
        messages.get(2).contains("x is a fraction of the page from 0 to 1"), messages.get(2));
    assertTrue(messages.get(3).contains("y is a fraction"), messages.get(3));
    assertTrue(messages.get(4).contains("must have a size"), messages.get(4));
    assertTrue(messages.get(5).contains("not NaN"), messages.get(5));
    assertEquals("There is no page 3 to redact: the document has 2 pages", messages.get(6));
  }

  @Test
  void aRangeKeepsTheWordsItCovers() {
    String page2 = letter.page(2).orElseThrow().getText();
    int at = page2.indexOf("Jane Roe");
    Redaction r =
        Redaction.words(letter, 2, at, 2, at + 8, "Jane Roe", RedactionReason.PRIVACY, "paralegal");
    assertFalse(r.isBox());
    assertEquals("Jane Roe", r.getQuote());
    assertArrayEquals(new int[] {at, at + 8}, r.charactersOn(2, page2.length()).orElseThrow());
    assertTrue(r.charactersOn(1, 10).isEmpty());
    assertTrue(r.stillCovers(n -> letter.page(n).orElseThrow().getText(), 2));
    assertFalse(
        r.stillCovers(n -> n == 2 ? "The patient, John Doe, was discharged.\n" : "x", 2),
        "a range whose words moved no longer covers them");
  }

  @Test
  void aRangeMayCrossAPageBreak() {
    String page1 = letter.page(1).orElseThrow().getText();
    int at = page1.indexOf("unlawful");
    Redaction r =
        Redaction.words(letter, 1, at, 2, 11, null, RedactionReason.PRIVILEGE, "attorney");
    assertEquals("unlawful.\nThe patient", r.getQuote());
    assertArrayEquals(new int[] {at, page1.length()}, r.charactersOn(1, page1.length()).get());
    assertArrayEquals(new int[] {0, 11}, r.charactersOn(2, 60).get());
  }

  @Test
  void refusesRangesOffTheTextOrWithoutWords() {
    assertThrows(
        InvalidRedactionException.class,
        () -> Redaction.words(letter, 1, 0, 1, 10_000, null, RedactionReason.PRIVACY, "a"));
    assertThrows(
        InvalidRedactionException.class,
        () -> Redaction.words(letter, 2, 5, 1, 3, null, RedactionReason.PRIVACY, "a"));
    String blank =
        assertThrows(
                InvalidRedactionException.class,
                () -> Redaction.words(letter, 1, 7, 1, 8, null, RedactionReason.PRIVACY, "a"))
            .getMessage();
    assertEquals("A redacted range must contain words, not only white space", blank);
    String mismatch =
        assertThrows(
                InvalidRedactionException.class,
                () -> Redaction.words(letter, 1, 0, 1, 7, "Opposing", RedactionReason.PRIVACY, "a"))
            .getMessage();
    assertTrue(mismatch.contains("do not match"), mismatch);
  }

  @Test
  void needsAReasonAndWhoMadeIt() {
    assertThrows(
        DomainRuleViolation.class, () -> Redaction.box(letter, 1, 0.1, 0.1, 0.2, 0.1, null, "a"));
    assertThrows(
        DomainRuleViolation.class,
        () -> Redaction.box(letter, 1, 0.1, 0.1, 0.2, 0.1, RedactionReason.PRIVACY, " "));
  }
}
