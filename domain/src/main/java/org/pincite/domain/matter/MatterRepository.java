package org.pincite.domain.matter;

import java.util.List;
import java.util.Optional;

public interface MatterRepository {
  Optional<Matter> find(long id);

  Optional<Matter> findByDocketNumber(String docketNumber);

  /** All matters, ordered by caption. */
  List<Matter> findAll();

  long count();

  Matter add(Matter matter);
}
