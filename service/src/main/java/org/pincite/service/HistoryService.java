package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.user.Role;
import org.pincite.service.archive.ArchiveContents;
import org.pincite.service.audit.AuditHistory;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.view.RevisionView;

/** Reads the audit trail back as the history of a document and of each passage marked in it. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class HistoryService {
  @PersistenceContext(unitName = "pincite")
  EntityManager em;

  @Inject MatterAccess access;

  /**
   * The document's own changes and those of every passage ever marked and every redaction ever made
   * in it, oldest first: for a document restored from a matter archive, what the archive recorded
   * first, then what happened here (its restore among it); also after the document was removed from
   * its matter (the removal is its last change).
   */
  public List<RevisionView> ofDocument(long documentId) {
    AuditReader reader = AuditReaderFactory.get(em);
    List<RevisionView> history = new ArrayList<>();
    if (em.find(Document.class, documentId) != null) {
      history.addAll(ArchiveContents.archivedHistory(em, access.visibleDocument(documentId)));
    } else {
      List<?> states =
          reader
              .createQuery()
              .forRevisionsOfEntity(Document.class, true, true)
              .add(AuditEntity.id().eq(documentId))
              .getResultList();
      if (states.isEmpty()) {
        throw new NotFoundException("document", documentId);
      }
      Document last = (Document) states.get(states.size() - 1);
      access.checkVisible(last.getMatter(), "document", documentId);
    }
    history.addAll(AuditHistory.ofDocument(reader, documentId));
    return history;
  }

  /** One passage's changes, also after it was removed. */
  public List<RevisionView> ofPassage(long annotationId) {
    AuditReader reader = AuditReaderFactory.get(em);
    List<?> states =
        reader
            .createQuery()
            .forRevisionsOfEntity(Annotation.class, true, true)
            .add(AuditEntity.id().eq(annotationId))
            .getResultList();
    if (states.isEmpty()) {
      throw new NotFoundException("passage", annotationId);
    }
    Annotation last = (Annotation) states.get(states.size() - 1);
    access.checkVisible(last.getDocument().getMatter(), "passage", annotationId);
    return AuditHistory.revisions(
        reader,
        Annotation.class,
        AuditEntity.id().eq(annotationId),
        "passage",
        Annotation::getId,
        AuditHistory::passageFields);
  }

  /** One fact's changes (its text, date, status, flags, claims and sources), also after removal. */
  public List<RevisionView> ofFact(long factId) {
    AuditReader reader = AuditReaderFactory.get(em);
    List<?> states =
        reader
            .createQuery()
            .forRevisionsOfEntity(Fact.class, true, true)
            .add(AuditEntity.id().eq(factId))
            .getResultList();
    if (states.isEmpty()) {
      throw new NotFoundException("fact", factId);
    }
    Fact last = (Fact) states.get(states.size() - 1);
    access.checkVisible(last.getMatter(), "fact", factId);
    return AuditHistory.revisions(
        reader,
        Fact.class,
        AuditEntity.id().eq(factId),
        "fact",
        Fact::getId,
        AuditHistory::factFields);
  }
}
