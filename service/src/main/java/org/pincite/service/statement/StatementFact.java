package org.pincite.service.statement;

import java.util.List;

/**
 * One numbered fact of a statement: its number in the statement, the fact's sentence, the pin cites
 * of its supporting evidence, and on the opposing side the response ("Undisputed." or "Disputed.")
 * with the cites of the evidence disputing it.
 */
public record StatementFact(
    int number,
    long factId,
    String text,
    List<String> supportingCites,
    String response,
    List<String> disputingCites)
    implements java.io.Serializable {

  /** The moving party's column: the fact, then "Supporting Evidence:" and each cite. */
  public String evidenceText() {
    return supportingCites.isEmpty() ? "" : String.join("; ", supportingCites) + ".";
  }

  /** The opposing party's column: "Undisputed." or "Disputed." then the disputing cites. */
  public String responseText() {
    if (response == null) {
      return "";
    }
    return disputingCites.isEmpty()
        ? response
        : response + " " + String.join("; ", disputingCites) + ".";
  }
}
