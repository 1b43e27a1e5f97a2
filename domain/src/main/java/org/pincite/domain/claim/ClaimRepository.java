package org.pincite.domain.claim;

import java.util.List;
import java.util.Optional;

public interface ClaimRepository {
  Optional<Claim> find(long id);

  /** The matter's counts and defences in order; their elements are reached through the tree. */
  List<Claim> findTopLevel(long matterId);

  /** Every claim of the matter, in one query, so that a tree can be walked without more. */
  List<Claim> findAllOfMatter(long matterId);

  Claim add(Claim claim);

  void remove(Claim claim);
}
