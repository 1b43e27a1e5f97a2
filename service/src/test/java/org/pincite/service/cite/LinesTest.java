package org.pincite.service.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;

/** The page:line locator: PinCite writes it right after the document's name. */
class LinesTest {
  private static final Source DEPOSITION =
      new Source(
          DocumentKind.EVIDENCE,
          DocumentType.TRANSCRIPT,
          "Deposition of Jane Roe",
          "Roe Dep.",
          null,
          null,
          null,
          null);

  @Test
  void linesAcrossAPageBreakOnOnePageAndOneLine() {
    Pages pages = new Pages(3, 10, 4, 20);
    assertEquals(
        "Roe Dep. 3:25\u20134:2", PinCite.of(DEPOSITION, new Lines(pages, 3, 25, 4, 2), n -> null));
    assertEquals(
        "Roe Dep. 45:3\u20137", PinCite.of(DEPOSITION, new Lines(pages, 45, 3, 45, 7), n -> null));
    assertEquals(
        "Roe Dep. 45:3", PinCite.of(DEPOSITION, new Lines(pages, 45, 3, 45, 3), n -> null));
  }

  @Test
  void aFilingsNumberedParagraphComesBeforeItsLines() {
    Source complaint =
        new Source(DocumentKind.FILING, DocumentType.COMPLAINT, "Complaint", null, null);
    String page = "Intro\n7. Plaintiff alleges that the widgets failed.\n";
    Lines lines = new Lines(new Pages(2, 10, 2, 20), 2, 3, 2, 9);
    assertEquals("Compl. \u00b6 7, 2:3\u20139", PinCite.of(complaint, lines, n -> page));
    assertEquals("Compl. 2:3\u20139", PinCite.of(complaint, lines, n -> "no paragraph here\n"));
  }

  @Test
  void linesRunForward() {
    assertThrows(
        IllegalArgumentException.class, () -> new Lines(new Pages(1, 0, 1, 1), 4, 2, 3, 25));
  }
}
