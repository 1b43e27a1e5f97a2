package org.pincite.service.cite;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A passage on Bates-numbered pages (page indices from 1), cited by their numbers: "ROE0000006",
 * "ROE0000005–06" across pages.
 */
public record BatesPages(int startPage, int endPage) implements Locator {
  public BatesPages {
    if (startPage < 1 || endPage < startPage) {
      throw new IllegalArgumentException(
          "Pages " + startPage + " to " + endPage + " are no passage's pages");
    }
  }

  /** The Bates pages of {@code pages} when {@code source}'s range numbers them all. */
  public static Optional<BatesPages> covering(Source source, Pages pages) {
    if (source.bates() == null || pages.endPage() > source.bates().pageCount()) {
      return Optional.empty();
    }
    return Optional.of(new BatesPages(pages.startPage(), pages.endPage()));
  }

  @Override
  public Pinpoint pinpoint(Source source, IntFunction<String> pageText) {
    return Pinpoint.bates(source.bates().citeBetween(startPage, endPage));
  }
}
