package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaDocumentRepository() {}

  public JpaDocumentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void save(Document document) {
    em.flush();
  }

  @Override
  public Optional<Document> find(long id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  @Override
  public List<Document> findByMatter(long matterId) {
    // Families stay together: an attachment sorts right after its email (by the email's id).
    return em.createQuery(
            "select d from Document d left join d.parent p where d.matter.id = :matter"
                + " order by coalesce(p.id, d.id), case when p.id is null then 0 else 1 end, d.id",
            Document.class)
        .setParameter("matter", matterId)
        .getResultList();
  }

  @Override
  public Optional<Document> findByMatterAndSha256(long matterId, String sha256) {
    return em.createQuery(
            "select d from Document d where d.matter.id = :matter and d.original.sha256 = :sha order by d.id",
            Document.class)
        .setParameter("matter", matterId)
        .setParameter("sha", sha256)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Page> findPage(long documentId, int number) {
    return em.createQuery(
            "select p from Page p where p.document.id = :doc and p.number = :n", Page.class)
        .setParameter("doc", documentId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Document add(Document document) {
    em.persist(document);
    return document;
  }

  @Override
  public List<Long> findPendingIds() {
    return em.createQuery(
            "select d.id from Document d where d.status = :pending order by d.id", Long.class)
        .setParameter("pending", org.pincite.domain.document.ExtractionStatus.PENDING)
        .getResultList();
  }

  @Override
  public java.util.Set<String> findOriginalHashes() {
    return new java.util.HashSet<>(
        em.createQuery("select distinct d.original.sha256 from Document d", String.class)
            .getResultList());
  }
}
