package org.pincite.service.statement;

import java.util.List;

/** "Issue 1: …": a cause of action, claim or defense at issue, and its facts. */
public record StatementIssue(int number, long claimId, String claim, List<StatementFact> facts)
    implements java.io.Serializable {
  public String heading() {
    return "Issue " + number + ": " + claim;
  }
}
