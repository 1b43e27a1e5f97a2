package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.ReviewLoad;
import org.pincite.web.testing.TestServer;

/**
 * The correctness half of {@code bench/load}, small: 6 reviewers save one passage from the same
 * version at once (one is accepted, the rest answer 409, none 500), then the 6 mark, edit and
 * delete passages on two documents for a few seconds while one user uploads and one searches. It
 * asserts what must hold whatever the timing, never a time: no 5xx, every accepted edit in the
 * audit trail, every 409 a true conflict, every quote still its page's words.
 */
class ConcurrentReviewIT {
  @Test
  void reviewersEditingTheSamePassagesAtOnceLoseNothingAndGetNo5xx() throws Exception {
    ReviewLoad.Outcome outcome =
        ReviewLoad.run(TestServer.url(), new ReviewLoad.Plan(6, 1, 1, 6, Duration.ofSeconds(6), 2));
    System.out.print(outcome.table());
    assertEquals(0, outcome.serverErrors(), outcome.table() + outcome.problems());
    assertEquals(java.util.List.of(), outcome.problems(), outcome.table());
    assertTrue(outcome.acceptedEdits() > 1, outcome.table());
    assertTrue(
        outcome.figures().get("edit (burst)").statuses().getOrDefault(409, 0) == 5,
        "5 of the 6 saves from one version refused: " + outcome.table());
  }
}
