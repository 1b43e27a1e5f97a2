package org.pincite.domain.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.document.Document;

class ReanchoringTest {
  private static final String P1 = "OpenAI is to be open source. It is to be a non-profit.\n";
  private static final String P2 =
      "The donors relied on it. It is to be a non-profit, said the founders.\n";
  private static final String P3 = "일론 머스크는 영리 법인 전환을 알고 있었다.";

  private final Document document =
      Fixtures.documentWithPages(Fixtures.matter("CGC-24-612746"), P1, P2, P3);

  private Passage on(int page, String quote, int occurrence) {
    String text = document.page(page).orElseThrow().getText();
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(quote, at + 1);
    }
    return Passage.select(document, page, at, page, at + quote.length());
  }

  @Test
  void aPassageInUnchangedTextStaysWhereItWas() {
    Passage p = on(2, "It is to be a non-profit", 0);
    Passage found = p.findIn(List.of(P1, P2, P3)).orElseThrow();
    assertTrue(found.samePlaceAs(p));
  }

  @Test
  void theOccurrenceWithTheSameSurroundingTextIsChosenWhenTheQuoteRepeats() {
    Passage second = on(2, "It is to be a non-profit", 0);
    // A new OCR adds a line at the top of page 2: the quote appears twice in the document, and the
    // one on page 2 is still the one whose neighbours match.
    String newP2 = "PRIVILEGED\n" + P2;
    Passage found = second.findIn(List.of(P1, newP2, P3)).orElseThrow();
    assertEquals(2, found.getStartPage());
    assertEquals(newP2.indexOf("It is to be"), found.getStartOffset());
    assertEquals(second.getQuote(), found.getQuote());
  }

  @Test
  void aPassageIsFoundWhenTheNewTextBreaksTheLinesDifferently() {
    Passage p = on(1, "open source. It is to be", 0);
    Passage found =
        p.findIn(List.of("OpenAI is to be open\nsource.  It is to be a non-profit.\n", P2, P3))
            .orElseThrow();
    assertEquals("open\nsource.  It is to be", found.getQuote());
    assertEquals(1, found.getStartPage());
  }

  @Test
  void aPassageCrossingAPageBreakIsFoundAcrossTheNewBreak() {
    Passage p = Passage.select(document, 1, P1.indexOf("a non-profit"), 2, "The donors".length());
    assertEquals("a non-profit.\nThe donors", p.getQuote());
    // The new extraction moves the break: the first line of page 2 now ends page 1.
    Passage found =
        p.findIn(
                List.of(
                    P1 + "The donors relied on it.\n",
                    "It is to be a non-profit, said the founders.\n",
                    P3))
            .orElseThrow();
    assertEquals(1, found.getStartPage());
    assertEquals(1, found.getEndPage());
    assertEquals("a non-profit.\nThe donors", found.getQuote());
  }

  @Test
  void koreanPassagesAreFoundAgainByTheirWords() {
    Passage p = on(3, "영리 법인 전환", 0);
    Passage found = p.findIn(List.of(P1, P2, "요약: " + P3)).orElseThrow();
    assertEquals(3, found.getStartPage());
    assertEquals("요약: ".length() + P3.indexOf("영리"), found.getStartOffset());
    assertEquals("영리 법인 전환", found.getQuote());
  }

  @Test
  void aPassageWhoseWordsAreGoneIsNotFoundAndIsOrphanedNotMoved() {
    Passage p = on(1, "open source", 0);
    Optional<Passage> found =
        p.findIn(List.of("OpenAI is to be closed. It is to be a non-profit.\n", P2, P3));
    assertTrue(found.isEmpty());

    Annotation a = Fixtures.annotation(document, p);
    assertEquals(
        Annotation.Reanchoring.ORPHANED, a.reanchor(List.of("OpenAI is to be closed.\n", P2, P3)));
    assertTrue(a.isOrphaned());
    assertTrue(a.getOrphanReason().contains("not found"));
    assertEquals(
        "open source", a.getPassage().getQuote(), "the passage keeps its quote for review");

    // A later extraction that has the words again brings it back.
    assertEquals(Annotation.Reanchoring.MOVED, a.reanchor(List.of(P1, P2, P3)));
    assertFalse(a.isOrphaned());
  }

  @Test
  void anAnnotationReportsWhetherItsPassageMoved() {
    Annotation a = Fixtures.annotation(document, on(2, "said the founders", 0));
    assertEquals(Annotation.Reanchoring.UNCHANGED, a.reanchor(List.of(P1, P2, P3)));
    assertEquals(Annotation.Reanchoring.MOVED, a.reanchor(List.of(P1, "Page two.\n" + P2, P3)));
    assertEquals("said the founders", a.getPassage().getQuote());
    assertEquals(2, a.getPassage().getStartPage());
  }
}
