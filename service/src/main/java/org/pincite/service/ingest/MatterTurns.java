package org.pincite.service.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Documents waiting to be read, matter by matter, taken in turns: each {@link #next()} is the
 * oldest document of the next matter in the round, so a matter with 10,000 documents waiting and
 * one with a single scan alternate, and the scan is read second, not ten-thousand-and-first. Not
 * thread-safe: {@link ExtractionQueue} guards it.
 */
final class MatterTurns {
  private final Map<Long, Deque<Long>> waiting = new HashMap<>();
  private final Deque<Long> round = new ArrayDeque<>();

  void add(long matterId, long documentId) {
    Deque<Long> queue = waiting.computeIfAbsent(matterId, m -> new ArrayDeque<>());
    if (queue.isEmpty()) {
      round.addLast(matterId);
    }
    queue.addLast(documentId);
  }

  /** Takes a waiting document out (a cancel); false when it was not waiting. */
  boolean remove(long matterId, long documentId) {
    Deque<Long> queue = waiting.get(matterId);
    if (queue == null || !queue.remove(documentId)) {
      return false;
    }
    if (queue.isEmpty()) {
      waiting.remove(matterId);
      round.remove(matterId);
    }
    return true;
  }

  /** The next document to read, or null when none waits. */
  Long next() {
    Long matterId = round.pollFirst();
    if (matterId == null) {
      return null;
    }
    Deque<Long> queue = waiting.get(matterId);
    Long documentId = queue.pollFirst();
    if (queue.isEmpty()) {
      waiting.remove(matterId);
    } else {
      round.addLast(matterId);
    }
    return documentId;
  }

  int size() {
    return waiting.values().stream().mapToInt(Deque::size).sum();
  }
}
