package org.pincite.domain.production;

/** Where a production is: drafted, being made, made (its volume kept), or stopped by an error. */
public enum ProductionStatus {
  DRAFT,
  RUNNING,
  DONE,
  FAILED
}
