package org.pincite.service.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointsTest {
  // "Ex. 12 " then an emoji (two UTF-16 units), then a rare CJK ideograph outside the BMP (two).
  private static final String TEXT = "Ex. 12 \uD83D\uDE42 says \uD840\uDC0B is the word.";

  @Test
  void offsetsAfterCharactersOutsideTheBmpDifferAndConvertBothWays() {
    int says = TEXT.indexOf("says");
    assertEquals(10, says, "UTF-16 units");
    assertEquals(9, CodePoints.fromUtf16(TEXT, says), "code points");
    assertEquals(says, CodePoints.toUtf16(TEXT, 9));
    int is = TEXT.indexOf(" is ");
    assertEquals(is - 2, CodePoints.fromUtf16(TEXT, is));
    assertEquals(is, CodePoints.toUtf16(TEXT, is - 2));
    for (int cp = 0; cp <= CodePoints.length(TEXT); cp++) {
      assertEquals(cp, CodePoints.fromUtf16(TEXT, CodePoints.toUtf16(TEXT, cp)));
    }
  }

  @Test
  void positionsOutsideTheTextAreRefusedWithTheirLength() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toUtf16(TEXT, 99));
    assertEquals(
        "Position 99 is outside a text of " + CodePoints.length(TEXT) + " code points",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CodePoints.fromUtf16(TEXT, -1));
  }
}
