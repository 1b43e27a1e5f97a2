package org.pincite.service.report;

import java.util.List;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.ClaimKind;

/**
 * The evidence on one claim or element of a report: its passages by stance, in the report's order.
 * {@code depth} is 0 for the claim the report is about, 1 for its elements, and so on.
 */
public record ClaimSection(
    long claimId,
    int depth,
    ClaimKind kind,
    String label,
    String text,
    List<PassageEntry> supporting,
    List<PassageEntry> refuting,
    List<PassageEntry> context) {
  public ClaimSection {
    supporting = List.copyOf(supporting);
    refuting = List.copyOf(refuting);
    context = List.copyOf(context);
  }

  ClaimSection withoutNotes() {
    return new ClaimSection(
        claimId,
        depth,
        kind,
        label,
        text,
        supporting.stream().map(PassageEntry::withoutNote).toList(),
        refuting.stream().map(PassageEntry::withoutNote).toList(),
        context.stream().map(PassageEntry::withoutNote).toList());
  }

  /** "Element: A contract existed". */
  public String title() {
    return kind.label() + ": " + label;
  }

  public List<PassageEntry> entries(Stance stance) {
    return switch (stance) {
      case SUPPORTS -> supporting;
      case REFUTES -> refuting;
      case CONTEXT -> context;
    };
  }
}
