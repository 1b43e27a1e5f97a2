package org.pincite.service.cite;

/**
 * The place part of a pin cite. A page pinpoint ("2087–88", "3") is written after "at" or after an
 * authority's reporter cite; any other ("¶ 23", "45:3–46:2") right after the document's name.
 */
public record Pinpoint(String text, boolean pages) {
  public Pinpoint {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A pinpoint needs its text");
    }
  }

  /** Printed pages: "2087–88". */
  public static Pinpoint pages(String text) {
    return new Pinpoint(text, true);
  }

  /** A place that is no page: "¶ 23", "45:3–46:2". */
  public static Pinpoint place(String text) {
    return new Pinpoint(text, false);
  }
}
