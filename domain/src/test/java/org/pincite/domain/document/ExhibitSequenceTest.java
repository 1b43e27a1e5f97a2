package org.pincite.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pincite.domain.shared.DomainRuleViolation;

class ExhibitSequenceTest {
  private static List<String> three(String first) {
    ExhibitSequence s = ExhibitSequence.from(first);
    return IntStream.range(0, 3).mapToObj(s::label).toList();
  }

  @Test
  void labelsCountOnFromTheFirstKeepingTheNumbersWidth() {
    assertEquals(List.of("Ex. 12", "Ex. 13", "Ex. 14"), three("Ex. 12"));
    assertEquals(List.of("PX-008", "PX-009", "PX-010"), three("PX-008"));
    assertEquals(List.of("A-9", "A-10", "A-11"), three("A-9"));
    assertEquals(List.of("Ex. 1A", "Ex. 2A", "Ex. 3A"), three("Ex. 1A"));
  }

  @Test
  void aFirstLabelWithoutANumberIsRefusedWithWhatToType() {
    DomainRuleViolation e =
        assertThrows(DomainRuleViolation.class, () -> ExhibitSequence.from("Exhibit"));
    assertEquals(
        "The first exhibit label needs a number to count on from, like 'Ex. 1' or 'PX-001' (not 'Exhibit')",
        e.getMessage());
  }
}
