package org.pincite.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.shared.DomainRuleViolation;

/** A page's numbered lines: inside its text, replaced with it, moved with a volume's first page. */
class NumberedLinesTest {
  private final Document transcript =
      new Document(
          Fixtures.matter("FIC-14"),
          DocumentKind.EVIDENCE,
          DocumentType.TRANSCRIPT,
          "Roe Dep. vol. 2 (fiction)",
          new StoredFile("roe-2.txt", "text/plain", 3, Fixtures.SHA));

  @Test
  void aSecondVolumeGoesOnFromTheFirstVolumesLastPage() {
    transcript.recordText(
        List.of("  1  Q. Yes?\n", "  1  A. No.\n"),
        List.of(List.of(new NumberedLine(1, 1, 5, 12)), List.of(new NumberedLine(2, 1, 5, 11))));
    assertTrue(transcript.isLineNumbered());
    transcript.shiftPrintedPages(200);
    assertEquals("201:1", transcript.page(1).orElseThrow().getLines().get(0).pageLine());
    assertEquals("202:1", transcript.page(2).orElseThrow().getLines().get(0).pageLine());
  }

  @Test
  void linesStayInsideTheirPageAndGoWithItsText() {
    assertThrows(
        DomainRuleViolation.class,
        () ->
            transcript.recordText(
                List.of("short"), List.of(List.of(new NumberedLine(1, 1, 0, 9)))));
    assertThrows(DomainRuleViolation.class, () -> new NumberedLine(0, 1, 0, 0));
    assertThrows(DomainRuleViolation.class, () -> new NumberedLine(1, 0, 0, 0));
    assertThrows(DomainRuleViolation.class, () -> new NumberedLine(1, 1, 5, 4));
    transcript.recordText(
        List.of("  1  Q. Yes?\n"), List.of(List.of(new NumberedLine(1, 1, 5, 12))));
    transcript.recordText(List.of("read again, no lines"));
    assertFalse(transcript.isLineNumbered());
  }
}
