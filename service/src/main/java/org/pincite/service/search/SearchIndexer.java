package org.pincite.service.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rebuilds the index from the database in the server's own transactions, one chunk of pages per
 * transaction. (Hibernate Search's MassIndexer runs on threads of its own, outside the server's
 * managed context; the tests and the benchmark use it in Java SE.) Callers check who may rebuild.
 */
@Stateless
@PermitAll
public class SearchIndexer {
  static final int CHUNK = 200;
  private static final AtomicInteger REBUILDING = new AtomicInteger();

  @PersistenceContext(unitName = "pincite")
  EntityManager em;

  @EJB SearchIndexer self;
  @Inject MatterSearch search;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int reindexMatter(long matterId) {
    List<Long> pages = search.pageIds(matterId);
    List<Long> notes = search.annotationIds(matterId);
    for (int i = 0; i < pages.size(); i += CHUNK) {
      self.indexChunk(pages.subList(i, Math.min(pages.size(), i + CHUNK)), List.of());
    }
    for (int i = 0; i < notes.size(); i += CHUNK) {
      self.indexChunk(List.of(), notes.subList(i, Math.min(notes.size(), i + CHUNK)));
    }
    return pages.size() + notes.size();
  }

  /** Every matter; {@code purge} empties the index first (entries of deleted rows go too). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int rebuildAll(boolean purge) {
    REBUILDING.incrementAndGet();
    try {
      if (purge) {
        self.purge();
      }
      int count = 0;
      for (Long matterId :
          em.createQuery("select m.id from Matter m order by m.id", Long.class).getResultList()) {
        count += reindexMatter(matterId);
      }
      return count;
    } finally {
      REBUILDING.decrementAndGet();
    }
  }

  /**
   * Whether a rebuild of the whole index is going on in this server (it is incomplete till then).
   */
  static boolean rebuilding() {
    return REBUILDING.get() > 0;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void indexChunk(List<Long> pageIds, List<Long> annotationIds) {
    search.reindex(pageIds, annotationIds);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void purge() {
    search.purgeAll();
  }

  /** True when the index holds nothing while the database holds pages: a new or deleted index. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean needsRebuild() {
    long pages = em.createQuery("select count(p) from Page p", Long.class).getSingleResult();
    return pages > 0 && search.indexIsEmpty();
  }
}
