package org.pincite.service.statement;

import java.util.List;

/**
 * A filing's caption as a court paper shows it: the court, the parties on each side with their
 * roles, the case number and the paper's title; who moves and who opposes.
 */
public record StatementCaption(
    String court,
    String caption,
    String docketNumber,
    List<String> plaintiffs,
    List<String> defendants,
    String movingParty,
    String opposingParty,
    String title)
    implements java.io.Serializable {}
