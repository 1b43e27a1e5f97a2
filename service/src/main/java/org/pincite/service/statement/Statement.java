package org.pincite.service.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement as it will be filed (caption, side, the issues and their numbered facts) and, for the
 * preview only, what is not yet proven for the moving party and how many facts were left out
 * because nobody has decided where the parties stand on them.
 */
public record Statement(
    StatementKind kind,
    StatementSide side,
    StatementCaption caption,
    List<StatementIssue> issues,
    List<Unproven> unproven,
    int undecidedFacts)
    implements java.io.Serializable {

  /** Each fact once, in statement number order: the paragraphs of a statement of material facts. */
  public List<StatementFact> paragraphs() {
    Map<Integer, StatementFact> byNumber = new LinkedHashMap<>();
    for (StatementIssue issue : issues) {
      for (StatementFact f : issue.facts()) {
        byNumber.putIfAbsent(f.number(), f);
      }
    }
    List<StatementFact> out = new ArrayList<>(byNumber.values());
    out.sort(java.util.Comparator.comparingInt(StatementFact::number));
    return out;
  }

  public boolean opposing() {
    return side == StatementSide.OPPOSING;
  }
}
