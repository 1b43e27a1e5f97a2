package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.Page;

class ExtractionOutcomeTest {
  @Test
  void aTextLongerThanAPageBecomesSeveralPagesCutAtLineBreaksAndNothingIsLost() {
    String line = "x".repeat(999) + "\n";
    String text = line.repeat(2500) + "tail";
    List<String> pages = ExtractionOutcome.Extracted.splitLong(text);
    assertEquals(3, pages.size());
    assertEquals(text, String.join("", pages));
    assertTrue(pages.stream().allMatch(p -> p.length() <= Page.MAX_TEXT));
    assertTrue(pages.get(0).endsWith("\n"), "cut after a line break");
    String noBreaks = "y".repeat(Page.MAX_TEXT * 2 + 5);
    assertEquals(noBreaks, String.join("", ExtractionOutcome.Extracted.splitLong(noBreaks)));
    assertEquals(List.of("short"), ExtractionOutcome.Extracted.splitLong("short"));
  }
}
