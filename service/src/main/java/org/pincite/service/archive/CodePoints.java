package org.pincite.service.archive;

/**
 * Offsets in Unicode code points (what the W3C Web Annotation selectors count) and in UTF-16 code
 * units (what Java strings and Pincite's passages count). They differ after every character outside
 * the Basic Multilingual Plane (an emoji, a rare CJK ideograph), which takes two units.
 */
public final class CodePoints {
  private CodePoints() {}

  /** The code point position of the UTF-16 offset {@code utf16} in {@code text}. */
  public static int fromUtf16(String text, int utf16) {
    if (utf16 < 0 || utf16 > text.length()) {
      throw new IllegalArgumentException(
          "Offset " + utf16 + " is outside a text of " + text.length() + " UTF-16 units");
    }
    return text.codePointCount(0, utf16);
  }

  /** The UTF-16 offset of the code point position {@code codePoints} in {@code text}. */
  public static int toUtf16(String text, int codePoints) {
    int total = text.codePointCount(0, text.length());
    if (codePoints < 0 || codePoints > total) {
      throw new IllegalArgumentException(
          "Position " + codePoints + " is outside a text of " + total + " code points");
    }
    return text.offsetByCodePoints(0, codePoints);
  }

  /** The length of {@code text} in code points. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
