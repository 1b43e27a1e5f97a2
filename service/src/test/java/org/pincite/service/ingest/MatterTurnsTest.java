package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fairness between matters in the extraction queue. */
class MatterTurnsTest {
  @Test
  void aOneScanMatterIsNotStarvedByAMatterWithTenThousandFiles() {
    MatterTurns turns = new MatterTurns();
    for (long doc = 1; doc <= 10_000; doc++) {
      turns.add(1, doc);
    }
    turns.add(2, 20_001);
    assertEquals(1L, turns.next(), "the big matter's first file");
    assertEquals(20_001L, turns.next(), "then the other matter's scan, not after 9,999 more");
    assertEquals(2L, turns.next());
    assertEquals(9_998, turns.size());
  }

  @Test
  void mattersTakeTurnsAndEachKeepsItsOwnOrder() {
    MatterTurns turns = new MatterTurns();
    turns.add(1, 11);
    turns.add(1, 12);
    turns.add(2, 21);
    turns.add(3, 31);
    turns.add(2, 22);
    List<Long> order = new ArrayList<>();
    for (Long next = turns.next(); next != null; next = turns.next()) {
      order.add(next);
    }
    assertEquals(List.of(11L, 21L, 31L, 12L, 22L), order);
    assertNull(turns.next());
  }

  @Test
  void aCancelledDocumentLeavesTheQueueAndAnEmptiedMatterItsTurn() {
    MatterTurns turns = new MatterTurns();
    turns.add(1, 11);
    turns.add(2, 21);
    assertTrue(turns.remove(1, 11));
    assertFalse(turns.remove(1, 11));
    assertEquals(21L, turns.next());
    assertNull(turns.next());
    turns.add(1, 13);
    assertEquals(13L, turns.next(), "a matter that comes back gets a turn again");
  }
}
