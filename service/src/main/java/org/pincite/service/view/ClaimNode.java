package org.pincite.service.view;

import java.util.List;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;

/** One claim of the tree with its elements and allegations below it, in order. */
public record ClaimNode(
    long id, ClaimKind kind, String label, String text, String assertedBy, List<ClaimNode> children)
    implements java.io.Serializable {
  public static ClaimNode of(Claim c) {
    return new ClaimNode(
        c.getId(),
        c.getKind(),
        c.getLabel(),
        c.getText(),
        c.getAssertedBy().getName(),
        c.getChildren().stream().map(ClaimNode::of).toList());
  }
}
