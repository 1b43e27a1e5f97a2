package org.pincite.service.statement;

/** Which paper: California's separate statement, or the federal statement of material facts. */
public enum StatementKind {
  SEPARATE_STATEMENT,
  STATEMENT_OF_MATERIAL_FACTS
}
