package org.pincite.service.statement;

/**
 * What a moving party has not yet proven: an element of its counts or defences with no undisputed
 * material fact supporting it, or a fact whose sources cannot be cited as they stand.
 */
public record Unproven(
    Kind kind, long claimId, String claim, Long factId, Integer factNumber, String reason)
    implements java.io.Serializable {
  public enum Kind {
    ELEMENT_WITHOUT_FACT,
    FACT_WITHOUT_CITABLE_SOURCE
  }
}
