package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionRepository;

@ApplicationScoped
public class JpaRedactionRepository implements RedactionRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaRedactionRepository() {}

  public JpaRedactionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Redaction> find(long id) {
    return Optional.ofNullable(em.find(Redaction.class, id));
  }

  @Override
  public List<Redaction> ofDocument(long documentId) {
    return em.createQuery(
            "select r from Redaction r where r.document.id = :doc"
                + " order by r.firstPage, r.createdAt, r.id",
            Redaction.class)
        .setParameter("doc", documentId)
        .getResultList();
  }

  @Override
  public List<Redaction> onPage(long documentId, int page) {
    return em.createQuery(
            "select r from Redaction r where r.document.id = :doc"
                + " and r.firstPage <= :page and r.lastPage >= :page"
                + " order by r.firstPage, r.createdAt, r.id",
            Redaction.class)
        .setParameter("doc", documentId)
        .setParameter("page", page)
        .getResultList();
  }

  @Override
  public boolean anyIn(long documentId) {
    return !em.createQuery("select r.id from Redaction r where r.document.id = :doc", Long.class)
        .setParameter("doc", documentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Redaction add(Redaction redaction) {
    em.persist(redaction);
    return redaction;
  }

  @Override
  public void remove(Redaction redaction) {
    em.remove(redaction);
  }
}
