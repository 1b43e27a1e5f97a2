package org.pincite.service.view;

import org.pincite.domain.claim.ClaimKind;

/**
 * One claim of the matter's tree as the claims page lists it, depth first: how deep it sits, where
 * it stands among its siblings, and how many passages support, refute or give context to it.
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
    long context)
    implements java.io.Serializable {
  public long passages() {
    return supporting + refuting + context;
  }
}
