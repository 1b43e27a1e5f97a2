package org.pincite.service.view;

import org.pincite.domain.claim.ClaimKind;

/**
 * One claim of the matter's tree as the claims page lists it, depth first: how deep it sits, where
 * it stands among its siblings, and how many passages support, refute or give context to it, on the
 * claim itself and with its elements (each passage once; {@code EvidenceArithmetic} in
 * service.report says how); {@code gap}: an element (or a count without elements) nothing supports.
 */
public record ClaimRow(
    long id,
    Long parentId,
    int depth,
    ClaimKind kind,
    String label,
    String text,
    String assertedBy,
    boolean first,
    boolean last,
    long supporting,
    long refuting,
    long context,
    long supportingWithElements,
    long refutingWithElements,
    long contextWithElements,
    boolean gap)
    implements java.io.Serializable {
  /** Whether the numbers with the elements differ from those on the claim itself. */
  public boolean rollsUp() {
    return supportingWithElements != supporting
        || refutingWithElements != refuting
        || contextWithElements != context;
  }

  public long passages() {
    return supporting + refuting + context;
  }
}
