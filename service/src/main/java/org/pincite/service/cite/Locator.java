package org.pincite.service.cite;

import java.util.function.IntFunction;

/**
 * Where in a document a passage lies. Each kind of locator writes its own pinpoint; {@link PinCite}
 * puts the document's name before it.
 */
public sealed interface Locator permits Pages, Lines, BatesPages {
  /**
   * The pinpoint of this place in {@code source}. {@code pageText} gives a page's text by number
   * (null when unknown), for locators that must read it.
   */
  Pinpoint pinpoint(Source source, IntFunction<String> pageText);
}
