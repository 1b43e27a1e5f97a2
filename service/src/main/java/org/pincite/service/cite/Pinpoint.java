package org.pincite.service.cite;

/**
 * The place part of a pin cite. A page pinpoint ("2087–88", "3") is written after "at" or after an
 * authority's reporter cite; a Bates pinpoint ("ROE0000005–06") names the pages on its own (after
 * the exhibit label when there is one); any other ("¶ 23", "45:3–46:2") right after the document's
 * name.
 */
public record Pinpoint(String text, boolean pages, boolean bates) {
  public Pinpoint {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A pinpoint needs its text");
    }
  }

  /** Printed pages: "2087–88". */
  public static Pinpoint pages(String text) {
    return new Pinpoint(text, true, false);
  }

  /** A place that is no page: "¶ 23", "45:3–46:2". */
  public static Pinpoint place(String text) {
    return new Pinpoint(text, false, false);
  }

  /** Bates-numbered pages: "ROE0000006", "ROE0000005–06". */
  public static Pinpoint bates(String text) {
    return new Pinpoint(text, false, true);
  }
}
