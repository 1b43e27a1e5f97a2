package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.production.ProducedDocument;
import org.pincite.domain.production.Production;
import org.pincite.domain.production.ProductionRepository;
import org.pincite.domain.production.ProductionStatus;

@ApplicationScoped
public class JpaProductionRepository implements ProductionRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaProductionRepository() {}

  public JpaProductionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Production> find(long id) {
    return Optional.ofNullable(em.find(Production.class, id));
  }

  @Override
  public List<Production> findByMatter(long matterId) {
    return em.createQuery(
            "select p from Production p where p.matter.id = :matter order by p.createdAt desc, p.id desc",
            Production.class)
        .setParameter("matter", matterId)
        .getResultList();
  }

  @Override
  public boolean nameTaken(long matterId, String name) {
    return !em.createQuery(
            "select p.id from Production p where p.matter.id = :matter and p.name = :name",
            Long.class)
        .setParameter("matter", matterId)
        .setParameter("name", name)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<ProducedDocument> findBatesOverlapping(long matterId, BatesRange range) {
    return em.createQuery(
            "select d from ProducedDocument d where d.matterId = :matter"
                + " and d.bates.prefix = :prefix and d.bates.first <= :last"
                + " and d.bates.last >= :first order by d.bates.first",
            ProducedDocument.class)
        .setParameter("matter", matterId)
        .setParameter("prefix", range.prefix())
        .setParameter("first", range.begin().counter())
        .setParameter("last", range.end().counter())
        .getResultList();
  }

  @Override
  public List<Production> findRunning() {
    return em.createQuery("select p from Production p where p.status = :status", Production.class)
        .setParameter("status", ProductionStatus.RUNNING)
        .getResultList();
  }

  @Override
  public Production add(Production production) {
    em.persist(production);
    return production;
  }
}
