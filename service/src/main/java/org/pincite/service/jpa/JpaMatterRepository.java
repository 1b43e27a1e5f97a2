package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;

@ApplicationScoped
public class JpaMatterRepository implements MatterRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaMatterRepository() {}

  /** For use outside the container, with an entity manager the caller owns. */
  public JpaMatterRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Matter> find(long id) {
    return Optional.ofNullable(em.find(Matter.class, id));
  }

  @Override
  public Optional<Matter> findByDocketNumber(String docketNumber) {
    return em.createQuery("select m from Matter m where m.docketNumber = :docket", Matter.class)
        .setParameter("docket", docketNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Matter> findAll() {
    return em.createQuery("select m from Matter m order by m.caption, m.id", Matter.class)
        .getResultList();
  }

  @Override
  public List<Matter> findByMember(String username) {
    return em.createQuery(
            "select m from User u join u.matters m where u.username = :name order by m.caption, m.id",
            Matter.class)
        .setParameter("name", username)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(m) from Matter m", Long.class).getSingleResult();
  }

  @Override
  public Matter add(Matter matter) {
    em.persist(matter);
    return matter;
  }
}
