package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.NumberedLine;

/** Exhibits named in testimony, found with their line and matched to exhibit labels. */
class ExhibitMentionsTest {
  @Test
  void exhibitsAreFoundInTheirWrittenFormsWithTheLineTheyAreOn() {
    String page = "  4  Q. Look at Exhibit 14.\n  5  (Ex. 15 was marked.)\n  6  A. And PX-3.\n";
    List<NumberedLine> lines =
        List.of(
            new NumberedLine(4, 4, 5, 27),
            new NumberedLine(4, 5, 33, 53),
            new NumberedLine(4, 6, 59, 71));
    List<ExhibitMentions.Mention> found = ExhibitMentions.find(page, lines);
    assertEquals(
        List.of("14", "15", "PX-3"), found.stream().map(ExhibitMentions.Mention::label).toList());
    assertEquals(
        List.of("4:4", "4:5", "4:6"), found.stream().map(m -> m.line().pageLine()).toList());
  }

  @Test
  void aLabelIsMatchedWhateverItsSpelling() {
    assertEquals(ExhibitMentions.key("Ex. 14"), ExhibitMentions.key("14"));
    assertEquals(ExhibitMentions.key("Exhibit 14"), ExhibitMentions.key("EX-14"));
    assertEquals(ExhibitMentions.key("PX-3"), ExhibitMentions.key("PX 3"));
  }
}
