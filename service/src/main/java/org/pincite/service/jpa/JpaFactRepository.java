package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactRepository;

@ApplicationScoped
public class JpaFactRepository implements FactRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaFactRepository() {}

  public JpaFactRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Fact> find(long id) {
    return Optional.ofNullable(em.find(Fact.class, id));
  }

  @Override
  public List<Fact> findByMatter(long matterId) {
    List<Fact> facts =
        em.createQuery(
                "select distinct f from Fact f left join fetch f.claims c left join fetch c.claim"
                    + " where f.matter.id = :matter order by f.number",
                Fact.class)
            .setParameter("matter", matterId)
            .getResultList();
    // The sources in a second query: two bag fetches in one would multiply the rows.
    if (!facts.isEmpty()) {
      em.createQuery(
              "select distinct f from Fact f left join fetch f.sources s left join fetch s.passage p"
                  + " left join fetch p.document where f in :facts",
              Fact.class)
          .setParameter("facts", facts)
          .getResultList();
    }
    return facts;
  }

  @Override
  public List<Fact> findByPassage(long annotationId) {
    return em.createQuery(
            "select distinct f from Fact f join f.sources s where s.passage.id = :passage"
                + " order by f.number",
            Fact.class)
        .setParameter("passage", annotationId)
        .getResultList();
  }

  @Override
  public List<Fact> findByClaim(long claimId) {
    return em.createQuery(
            "select distinct f from Fact f join f.claims c where c.claim.id = :claim"
                + " order by f.number",
            Fact.class)
        .setParameter("claim", claimId)
        .getResultList();
  }

  @Override
  public int nextNumber(long matterId) {
    Integer highest =
        em.createQuery(
                "select max(f.number) from Fact f where f.matter.id = :matter", Integer.class)
            .setParameter("matter", matterId)
            .getSingleResult();
    return highest == null ? 1 : highest + 1;
  }

  @Override
  public Fact add(Fact fact) {
    em.persist(fact);
    return fact;
  }

  @Override
  public void remove(Fact fact) {
    em.remove(fact);
  }
}
