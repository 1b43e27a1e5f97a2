package org.pincite.domain.production;

/**
 * How a document goes into the volume: its pages as images; its native file under {@code NATIVES/}
 * with a one-page slip sheet in its place (spreadsheets, media: what does not image well); or,
 * withheld as privileged, a one-page slip sheet that keeps the numbering.
 */
public enum ProducedAs {
  IMAGES,
  NATIVE,
  WITHHELD;

  /** The slip sheet's words, for the two that are one. */
  public String slipSheet() {
    return switch (this) {
      case NATIVE -> "Document produced in native format";
      case WITHHELD -> "Withheld — Privileged";
      case IMAGES -> null;
    };
  }
}
