package org.pincite.domain.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.document.Document;

class PassageTest {
  private final Document email =
      Fixtures.documentWithPages(
          Fixtures.matter("CGC-24-612746"),
          "My probability assessment of OpenAI being relevant to DeepMind/Google without a dramatic change",
          "in execution and resources is 0%. Not 1%.\n",
          "일론 머스크는 영리 법인 전환을 알고 있었다.");
  private final int dramatic = email.page(1).orElseThrow().getText().indexOf("dramatic");

  @Test
  void quotesTheWordsBetweenTheOffsetsWithTheTextAround() {
    Passage p = Passage.select(email, 1, 3, 1, 25);
    assertEquals("probability assessment", p.getQuote());
    assertEquals("My ", p.getPrefix());
    assertEquals(" of OpenAI being relevant to Dee", p.getSuffix());
    assertEquals(Passage.CONTEXT_LENGTH, p.getSuffix().length());
  }

  @Test
  void aPassageMayCrossAPageBreak() {
    Passage p = Passage.select(email, 1, dramatic, 2, 40);
    assertEquals("dramatic change\nin execution and resources is 0%. Not 1%", p.getQuote());
    assertTrue(p.crossesPageBreak());
    Passage three = Passage.select(email, 2, 0, 3, 6);
    assertEquals("in execution and resources is 0%. Not 1%.\n일론 머스크", three.getQuote());
  }

  @Test
  void koreanTextIsAddressedByTheSameOffsetsAsTheBrowserUses() {
    Passage p = Passage.select(email, 3, 0, 3, 6, "일론 머스크");
    assertEquals("일론 머스크", p.getQuote());
    assertEquals("는 영리 법인 전환을 알고 있었다.", p.getSuffix());
  }

  @Test
  void refusesOffsetsOutsideThePageText() {
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 1, -1, 1, 5));
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 1, 0, 1, 10_000));
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 0, 0, 1, 5));
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 3, 0, 4, 1));
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 2, 0, 1, 1));
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 1, 5, 1, 5));
    assertThrows(InvalidPassageException.class, () -> Passage.select(email, 1, 2, 1, 3));
  }

  @Test
  void refusesAQuoteThatDoesNotMatchTheText() {
    InvalidPassageException e =
        assertThrows(
            InvalidPassageException.class,
            () -> Passage.select(email, 1, 3, 1, 25, "probability estimate"));
    assertTrue(e.getMessage().contains("probability assessment"), e.getMessage());
    // Line breaks and spacing may differ between the browser's selection and the stored text.
    Passage p = Passage.select(email, 1, dramatic, 2, 12, "dramatic change in execution");
    assertEquals("dramatic change\nin execution", p.getQuote());
  }
}
