package org.pincite.service.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;

/**
 * The one arithmetic of evidence that the claims page, the claim chart, the reports and the API
 * share. Each claim has two sets of numbers: the passages marked on the claim itself, and the
 * passages marked on it or on any claim below it (its elements and allegations), each passage
 * counted once. A <em>gap</em> is an element (or a count or defence without elements) that nothing
 * supports: a weakness for the party asserting it. Refuting passages are what the other side has;
 * none is no gap.
 */
public final class EvidenceArithmetic {
  /** Passages by stance: SUPPORTS, REFUTES and CONTEXT. */
  public record Tally(int supporting, int refuting, int context) implements java.io.Serializable {
    static final Tally NONE = new Tally(0, 0, 0);
  }

  /** One claim's numbers: on itself, with everything below it, and whether it is a gap. */
  public record ClaimEvidence(Tally own, Tally withElements, boolean gap)
      implements java.io.Serializable {}

  private final Map<Long, ClaimEvidence> byClaim = new HashMap<>();

  private EvidenceArithmetic() {}

  /**
   * The numbers of every claim in {@code claims} (a matter's, or one claim's tree: each claim's
   * children must be loaded) from the passages {@code marked} on them.
   */
  public static EvidenceArithmetic of(Collection<Claim> claims, Collection<Annotation> marked) {
    Map<Long, List<Annotation>> onClaim = new HashMap<>();
    for (Annotation a : marked) {
      for (Claim c : a.getClaims()) {
        onClaim.computeIfAbsent(c.getId(), k -> new java.util.ArrayList<>()).add(a);
      }
    }
    EvidenceArithmetic arithmetic = new EvidenceArithmetic();
    for (Claim claim : claims) {
      Set<Annotation> below = new HashSet<>();
      for (Claim c : claim.selfAndDescendants()) {
        below.addAll(onClaim.getOrDefault(c.getId(), List.of()));
      }
      Tally own = tally(onClaim.getOrDefault(claim.getId(), List.of()));
      Tally all = tally(below);
      // A count proven through its elements has no gap of its own: its elements carry them.
      boolean gap = claim.getChildren().isEmpty() && all.supporting() == 0;
      arithmetic.byClaim.put(claim.getId(), new ClaimEvidence(own, all, gap));
    }
    return arithmetic;
  }

  private static Tally tally(Collection<Annotation> passages) {
    int s = 0;
    int r = 0;
    int c = 0;
    for (Annotation a : passages) {
      if (a.getStance() == Stance.SUPPORTS) {
        s++;
      } else if (a.getStance() == Stance.REFUTES) {
        r++;
      } else {
        c++;
      }
    }
    return new Tally(s, r, c);
  }

  /** The claim's numbers; none for a claim this arithmetic was not given. */
  public ClaimEvidence of(long claimId) {
    return byClaim.getOrDefault(claimId, new ClaimEvidence(Tally.NONE, Tally.NONE, false));
  }
}
