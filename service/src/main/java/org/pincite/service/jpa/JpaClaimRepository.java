package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;

@ApplicationScoped
public class JpaClaimRepository implements ClaimRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaClaimRepository() {}

  public JpaClaimRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Claim> find(long id) {
    return Optional.ofNullable(em.find(Claim.class, id));
  }

  @Override
  public List<Claim> findTopLevel(long matterId) {
    // Loading the whole matter's claims first lets the tree below be walked without a query per
    // node.
    findAllOfMatter(matterId);
    return em.createQuery(
            "select c from Claim c where c.matter.id = :matter and c.parent is null order by c.position, c.id",
            Claim.class)
        .setParameter("matter", matterId)
        .getResultList();
  }

  @Override
  public List<Claim> findAllOfMatter(long matterId) {
    return em.createQuery(
            "select distinct c from Claim c left join fetch c.children join fetch c.assertedBy"
                + " where c.matter.id = :matter order by c.position, c.id",
            Claim.class)
        .setParameter("matter", matterId)
        .getResultList();
  }

  @Override
  public Claim add(Claim claim) {
    em.persist(claim);
    return claim;
  }

  @Override
  public void remove(Claim claim) {
    em.remove(claim);
  }
}
