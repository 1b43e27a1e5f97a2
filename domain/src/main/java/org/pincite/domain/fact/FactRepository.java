package org.pincite.domain.fact;

import java.util.List;
import java.util.Optional;

public interface FactRepository {
  Optional<Fact> find(long id);

  /** The matter's facts by number, with their claims and sources. */
  List<Fact> findByMatter(long matterId);

  /** The facts that cite passage {@code annotationId} (supporting or disputing). */
  List<Fact> findByPassage(long annotationId);

  /** The facts that bear on claim {@code claimId}. */
  List<Fact> findByClaim(long claimId);

  /** The number the matter's next fact gets: one more than the highest so far. */
  int nextNumber(long matterId);

  Fact add(Fact fact);

  void remove(Fact fact);
}
