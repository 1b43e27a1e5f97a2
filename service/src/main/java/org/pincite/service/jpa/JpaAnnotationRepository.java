package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Stance;

@ApplicationScoped
public class JpaAnnotationRepository implements AnnotationRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaAnnotationRepository() {}

  public JpaAnnotationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Annotation> find(long id) {
    return Optional.ofNullable(em.find(Annotation.class, id));
  }

  @Override
  public List<Annotation> findByDocument(long documentId) {
    return em.createQuery(
            "select distinct a from Annotation a left join fetch a.claims where a.document.id = :doc"
                + " order by a.passage.startPage, a.passage.startOffset, a.id",
            Annotation.class)
        .setParameter("doc", documentId)
        .getResultList();
  }

  @Override
  public List<Annotation> findOnPage(long documentId, int page) {
    return em.createQuery(
            "select a from Annotation a where a.document.id = :doc and a.orphaned = false"
                + " and a.passage.startPage <= :page and a.passage.endPage >= :page"
                + " order by a.passage.startPage, a.passage.startOffset, a.id",
            Annotation.class)
        .setParameter("doc", documentId)
        .setParameter("page", page)
        .getResultList();
  }

  @Override
  public List<Annotation> findOrphaned(long matterId) {
    return em.createQuery(
            "select distinct a from Annotation a join fetch a.document d left join fetch a.claims"
                + " where d.matter.id = :matter and a.orphaned = true order by d.id, a.id",
            Annotation.class)
        .setParameter("matter", matterId)
        .getResultList();
  }

  @Override
  public List<Annotation> findByClaim(long claimId) {
    return em.createQuery(
            "select distinct a from Annotation a join fetch a.document d left join fetch a.claims"
                + " where a.id in (select b.id from Annotation b join b.claims c where c.id = :claim)"
                + " order by d.id, a.passage.startPage, a.passage.startOffset, a.id",
            Annotation.class)
        .setParameter("claim", claimId)
        .getResultList();
  }

  @Override
  public Map<Long, Map<Stance, Long>> countByClaimAndStance(long matterId) {
    Map<Long, Map<Stance, Long>> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.id, a.stance, count(a) from Annotation a join a.claims c"
                    + " where c.matter.id = :matter group by c.id, a.stance",
                Object[].class)
            .setParameter("matter", matterId)
            .getResultList()) {
      counts
          .computeIfAbsent((Long) row[0], k -> new EnumMap<>(Stance.class))
          .put((Stance) row[1], (Long) row[2]);
    }
    return counts;
  }

  @Override
  public Annotation add(Annotation annotation) {
    em.persist(annotation);
    return annotation;
  }

  @Override
  public void writeNow() {
    em.flush();
  }

  @Override
  public void remove(Annotation annotation) {
    em.remove(annotation);
  }

  @Override
  public List<Annotation> findByClaims(java.util.Collection<Long> claimIds) {
    if (claimIds.isEmpty()) {
      return List.of();
    }
    // The subquery picks the passages; the fetch then brings each one's every claim, not only the
    // matching ones.
    return em.createQuery(
            "select distinct a from Annotation a join fetch a.document left join fetch a.claims"
                + " where a.id in (select b.id from Annotation b join b.claims c where c.id in :claims)",
            Annotation.class)
        .setParameter("claims", claimIds)
        .getResultList();
  }

  @Override
  public List<Annotation> findByMatter(long matterId) {
    return em.createQuery(
            "select distinct a from Annotation a join fetch a.document d left join fetch a.claims where d.matter.id = :matter",
            Annotation.class)
        .setParameter("matter", matterId)
        .getResultList();
  }
}
