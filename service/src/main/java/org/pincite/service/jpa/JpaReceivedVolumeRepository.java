package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.received.ReceivedDocument;
import org.pincite.domain.received.ReceivedVolume;
import org.pincite.domain.received.ReceivedVolumeRepository;

@ApplicationScoped
public class JpaReceivedVolumeRepository implements ReceivedVolumeRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaReceivedVolumeRepository() {}

  public JpaReceivedVolumeRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public ReceivedVolume add(ReceivedVolume volume) {
    em.persist(volume);
    return volume;
  }

  @Override
  public Optional<ReceivedVolume> find(long id) {
    return Optional.ofNullable(em.find(ReceivedVolume.class, id));
  }

  @Override
  public List<ReceivedVolume> findByStatus(ImportStatus status) {
    return em.createQuery(
            "select v from ReceivedVolume v where v.status = :status order by v.id",
            ReceivedVolume.class)
        .setParameter("status", status)
        .getResultList();
  }

  @Override
  public List<ReceivedVolume> findByMatter(long matterId) {
    return em.createQuery(
            "select v from ReceivedVolume v where v.matter.id = :matter order by v.id desc",
            ReceivedVolume.class)
        .setParameter("matter", matterId)
        .getResultList();
  }

  @Override
  public ReceivedDocument addDocument(ReceivedDocument document) {
    em.persist(document);
    return document;
  }

  @Override
  public List<ReceivedDocument> documentsOf(long volumeId) {
    return em.createQuery(
            "select r from ReceivedDocument r join fetch r.document"
                + " where r.volume.id = :volume order by r.position",
            ReceivedDocument.class)
        .setParameter("volume", volumeId)
        .getResultList();
  }

  @Override
  public Optional<ReceivedDocument> findByDocument(long documentId) {
    return em.createQuery(
            "select r from ReceivedDocument r where r.document.id = :document order by r.id desc",
            ReceivedDocument.class)
        .setParameter("document", documentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
