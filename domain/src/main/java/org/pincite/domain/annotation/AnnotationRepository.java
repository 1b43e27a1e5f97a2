package org.pincite.domain.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AnnotationRepository {
  Optional<Annotation> find(long id);

  /** The document's passages in reading order. */
  List<Annotation> findByDocument(long documentId);

  /** The document's passages that lie (at least partly) on page {@code page}, orphans left out. */
  List<Annotation> findOnPage(long documentId, int page);

  /** The matter's passages that were not found again in their documents' new text. */
  List<Annotation> findOrphaned(long matterId);

  /** The passages marked for one claim, in document and reading order. */
  List<Annotation> findByClaim(long claimId);

  /** How many passages each claim of the matter has, per stance (claims with none are absent). */
  Map<Long, Map<Stance, Long>> countByClaimAndStance(long matterId);

  Annotation add(Annotation annotation);

  /**
   * Writes the changes made so far to the database now, inside the caller's transaction: a save of
   * the same passage by someone else at the same moment shows as {@link
   * jakarta.persistence.OptimisticLockException} here, where the caller can answer it, instead of
   * at the commit.
   */
  void writeNow();

  void remove(Annotation annotation);

  /** The passages that bear on any of these claims, with their documents and all their claims. */
  List<Annotation> findByClaims(java.util.Collection<Long> claimIds);

  /** Every passage of the matter, with its document and claims. */
  List<Annotation> findByMatter(long matterId);
}
