package org.pincite.domain.matter;

import java.util.List;
import java.util.Optional;

public interface MatterRepository {
  Optional<Matter> find(long id);

  Optional<Matter> findByDocketNumber(String docketNumber);

  /** All matters, ordered by caption. */
  List<Matter> findAll();

  /** The matters the user is a member of, ordered by caption. */
  List<Matter> findByMember(String username);

  long count();

  Matter add(Matter matter);
}
