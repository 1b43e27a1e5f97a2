package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptRepository;

@ApplicationScoped
public class JpaTranscriptRepository implements TranscriptRepository {
  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected JpaTranscriptRepository() {}

  public JpaTranscriptRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Transcript> find(long documentId) {
    return Optional.ofNullable(em.find(Transcript.class, documentId));
  }

  @Override
  public Transcript add(Transcript transcript) {
    em.persist(transcript);
    return transcript;
  }

  @Override
  public Optional<Designation> findDesignation(long id) {
    return Optional.ofNullable(em.find(Designation.class, id));
  }

  @Override
  public List<Designation> designations(long documentId) {
    return em.createQuery(
            "select d from Designation d join fetch d.party where d.document.id = :doc"
                + " order by d.pageFrom, d.lineFrom, d.pageTo, d.lineTo, d.id",
            Designation.class)
        .setParameter("doc", documentId)
        .getResultList();
  }

  @Override
  public Designation add(Designation designation) {
    em.persist(designation);
    return designation;
  }

  @Override
  public void remove(Designation designation) {
    em.remove(designation);
  }
}
