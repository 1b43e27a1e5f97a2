package org.pincite.service.statement;

import java.util.List;

/**
 * Marks that contradict each other, for review: two reviewers' passages on overlapping words of one
 * document, one supporting a claim and the other refuting it; or a fact marked undisputed whose
 * claim has passages on the other side from the documents the fact rests on.
 */
public record Conflict(
    Kind kind,
    long claimId,
    String claim,
    long documentId,
    String document,
    List<Long> annotationIds,
    Long factId,
    Integer factNumber,
    String description)
    implements java.io.Serializable {
  public enum Kind {
    OVERLAPPING_PASSAGES,
    UNDISPUTED_FACT_CONTRADICTED
  }
}
