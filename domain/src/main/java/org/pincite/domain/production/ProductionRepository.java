package org.pincite.domain.production;

import java.util.List;
import java.util.Optional;
import org.pincite.domain.bates.BatesRange;

public interface ProductionRepository {
  Optional<Production> find(long id);

  /** The matter's productions, newest first. */
  List<Production> findByMatter(long matterId);

  /** Whether the matter has a production of that name. */
  boolean nameTaken(long matterId, String name);

  /**
   * The matter's produced documents (of any production) whose Bates range shares a number with
   * {@code range}.
   */
  List<ProducedDocument> findBatesOverlapping(long matterId, BatesRange range);

  /** The productions that were running when the server stopped. */
  List<Production> findRunning();

  Production add(Production production);
}
