package org.pincite.service.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words both writers print, so the DOCX and the PDF of a statement say the same: the column
 * headings, each cell's paragraphs, the caption's sides and the closing lines.
 */
final class StatementText {
  static final String MOVING_COLUMN =
      "Moving Party\u2019s Undisputed Material Facts and Supporting Evidence";
  static final String OPPOSING_COLUMN = "Opposing Party\u2019s Response and Supporting Evidence";
  static final String SUPPORTING = "Supporting Evidence:";

  private StatementText() {}

  /** The left cell: "1. The fact.", "Supporting Evidence:", then each cite. */
  static List<String> evidenceCell(StatementFact f) {
    List<String> out = new ArrayList<>();
    out.add(f.number() + ". " + f.text());
    if (!f.supportingCites().isEmpty()) {
      out.add(SUPPORTING);
      out.addAll(f.supportingCites());
    }
    return out;
  }

  /** The right cell: empty on the moving side; "Undisputed." or "Disputed." and each cite. */
  static List<String> responseCell(StatementFact f) {
    List<String> out = new ArrayList<>();
    if (f.response() != null) {
      out.add(f.response());
      out.addAll(f.disputingCites());
    }
    return out;
  }

  /** The caption's left side: the plaintiffs, "v.", the defendants, each with their role. */
  static List<String> parties(StatementCaption c) {
    List<String> out = new ArrayList<>();
    out.add(names(c.plaintiffs()) + ",");
    out.add("");
    out.add(c.plaintiffs().size() == 1 ? "Plaintiff," : "Plaintiffs,");
    out.add("");
    out.add("v.");
    out.add("");
    out.add(names(c.defendants()) + ",");
    out.add("");
    out.add(c.defendants().size() == 1 ? "Defendant." : "Defendants.");
    return out;
  }

  /**
   * The federal caption's left side, as district courts' papers show it: the plaintiffs, their role
   * set in, "-against-", the defendants, their role.
   */
  static List<String> federalParties(StatementCaption c) {
    List<String> out = new ArrayList<>();
    out.add(names(c.plaintiffs()) + ",");
    out.add(FEDERAL_ROLE_INDENT + (c.plaintiffs().size() == 1 ? "Plaintiff," : "Plaintiffs,"));
    out.add("");
    out.add(AGAINST);
    out.add("");
    out.add(names(c.defendants()) + ",");
    out.add(FEDERAL_ROLE_INDENT + (c.defendants().size() == 1 ? "Defendant." : "Defendants."));
    return out;
  }

  /** Between the sides of a federal caption. */
  static final String AGAINST = "-against-";

  private static final String FEDERAL_ROLE_INDENT = "                    ";

  /** The court as its papers head it: "SUPERIOR COURT OF CALIFORNIA", "COUNTY OF SAN FRANCISCO". */
  static List<String> court(StatementCaption c) {
    List<String> out = new ArrayList<>();
    for (String part : (c.court() == null ? "" : c.court()).split(",\\s*")) {
      if (!part.isBlank()) {
        out.add(part.strip().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  static String caseNumber(StatementCaption c) {
    return "Case No. " + c.docketNumber();
  }

  /** What the statement of material facts opens with. */
  static String opening(Statement s) {
    String who = s.opposing() ? s.caption().opposingParty() : s.caption().movingParty();
    boolean several = who.endsWith("s");
    return s.opposing()
        ? who
            + (several ? " respond" : " responds")
            + " to each numbered paragraph of the moving party\u2019s statement of"
            + " undisputed material facts as follows."
        : who
            + (several ? " submit" : " submits")
            + " the following statement of the material facts as to which "
            + (several ? "they contend" : "it contends")
            + " there is no genuine issue to be tried.";
  }

  /** A paragraph of the statement of material facts: "1. The fact. (Cite; cite.)". */
  static String paragraph(StatementFact f) {
    return f.number()
        + ". "
        + f.text()
        + (f.supportingCites().isEmpty()
            ? ""
            : " (" + String.join("; ", f.supportingCites()) + ".)");
  }

  /** The counterstatement's answer to a paragraph: "Response: Disputed. Cite." */
  static String response(StatementFact f) {
    return "Response: " + f.responseText();
  }

  static List<String> closing(Statement s) {
    String who = s.opposing() ? s.caption().opposingParty() : s.caption().movingParty();
    return List.of(
        "Dated: ____________________",
        "Respectfully submitted,",
        "By: ____________________",
        "Attorneys for " + who);
  }

  /** "No material fact bears on this issue yet." */
  static final String NO_FACTS = "No material fact is stated for this issue.";

  private static String names(List<String> names) {
    return names.isEmpty()
        ? "[NO PARTY NAMED]"
        : String.join(", ", names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList());
  }
}
