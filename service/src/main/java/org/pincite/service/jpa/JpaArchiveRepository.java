package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.archive.ArchiveImport;
import org.pincite.domain.archive.ArchiveRepository;
import org.pincite.domain.archive.ArchivedChange;

@ApplicationScoped
public class JpaArchiveRepository implements ArchiveRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaArchiveRepository() {}

  public JpaArchiveRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public ArchiveImport add(ArchiveImport archiveImport) {
    em.persist(archiveImport);
    return archiveImport;
  }

  @Override
  public Optional<ArchiveImport> findImport(long id) {
    return Optional.ofNullable(em.find(ArchiveImport.class, id));
  }

  @Override
  public ArchivedChange add(ArchivedChange change) {
    em.persist(change);
    return change;
  }

  @Override
  public List<ArchivedChange> archivedChanges(long matterId) {
    return em.createQuery(
            "select c from ArchivedChange c where c.matter.id = :matter order by c.position",
            ArchivedChange.class)
        .setParameter("matter", matterId)
        .getResultList();
  }
}
