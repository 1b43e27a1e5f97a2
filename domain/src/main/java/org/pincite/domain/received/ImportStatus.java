package org.pincite.domain.received;

/** Where a received volume stands, from upload to its documents. */
public enum ImportStatus {
  /** Uploaded; its load files are being read and checked. */
  VALIDATING,
  /** Read and checked: its report waits for the team to commit or cancel. */
  VALIDATED,
  /** Being stored, all in one transaction. */
  IMPORTING,
  /** Its documents are in the matter. */
  IMPORTED,
  /** Cancelled before anything was stored. */
  CANCELLED,
  /** Could not be read, or its commit failed; nothing of it was stored. */
  FAILED;

  /** Whether the volume may still change (be checked again, committed or cancelled). */
  public boolean isOpen() {
    return this == VALIDATING || this == VALIDATED || this == FAILED;
  }
}
