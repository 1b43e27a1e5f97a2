package org.pincite.service.search;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One document among grouped hits: its best pages (or passage notes), best first, and how many hits
 * it holds in all.
 */
public record DocumentHits(long documentId, List<SearchHit> best, long hitCount)
    implements Serializable {

  public String documentTitle() {
    return best.get(0).documentTitle();
  }

  public LocalDate date() {
    return best.get(0).date();
  }

  /** The hits in this document beyond the ones shown. */
  public long more() {
    return Math.max(0, hitCount - best.size());
  }
}
