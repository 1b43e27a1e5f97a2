package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.user.Role;
import org.pincite.service.audit.AuditRevision;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.view.RevisionView;
import org.pincite.service.view.RevisionView.FieldChange;

/** Reads the audit trail back as the history of a document and of each passage marked in it. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class HistoryService {
  @PersistenceContext(unitName = "pincite")
  EntityManager em;

  @Inject MatterAccess access;

  /**
   * The document's own changes and those of every passage ever marked and every redaction ever made
   * in it, oldest first; also after the document was removed from its matter (the removal is its
   * last change).
   */
  public List<RevisionView> ofDocument(long documentId) {
    AuditReader reader = AuditReaderFactory.get(em);
    if (em.find(Document.class, documentId) != null) {
      access.visibleDocument(documentId);
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
    List<RevisionView> history =
        new ArrayList<>(
            revisions(
                reader,
                Document.class,
                AuditEntity.id().eq(documentId),
                "document",
                Document::getId,
                HistoryService::documentFields));
    history.addAll(
        revisions(
            reader,
            Annotation.class,
            AuditEntity.relatedId("document").eq(documentId),
            "passage",
            Annotation::getId,
            HistoryService::passageFields));
    history.addAll(
        revisions(
            reader,
            Redaction.class,
            AuditEntity.relatedId("document").eq(documentId),
            "redaction",
            Redaction::getId,
            HistoryService::redactionFields));
    history.sort(
        Comparator.comparingLong(RevisionView::revision).thenComparing(RevisionView::subject));
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
    return revisions(
        reader,
        Annotation.class,
        AuditEntity.id().eq(annotationId),
        "passage",
        Annotation::getId,
        HistoryService::passageFields);
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
    return revisions(
        reader,
        Fact.class,
        AuditEntity.id().eq(factId),
        "fact",
        Fact::getId,
        HistoryService::factFields);
  }

  private static Map<String, String> factFields(Fact f) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("fact", f.getText());
    m.put("date", f.getDate() == null ? null : f.getDate().text());
    m.put("status", f.getStatus() == null ? null : f.getStatus().label());
    m.put("material", String.valueOf(f.isMaterial()));
    m.put("key", String.valueOf(f.isKey()));
    m.put(
        "claims",
        f.getClaims().stream()
            .map(c -> c.getClaim().getLabel() + " (" + c.getStance().label() + ")")
            .sorted()
            .collect(Collectors.joining("; ")));
    m.put(
        "sources",
        f.getSources().stream()
            .map(s -> "passage " + s.getPassage().getId() + " (" + s.getRole().label() + ")")
            .collect(Collectors.joining("; ")));
    return m;
  }

  private static <T> List<RevisionView> revisions(
      AuditReader reader,
      Class<T> type,
      AuditCriterion which,
      String subject,
      Function<T, Long> idOf,
      Function<T, Map<String, String>> fields) {
    List<?> rows =
        reader
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(which)
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    Map<Long, Map<String, String>> lastSeen = new LinkedHashMap<>();
    List<RevisionView> out = new ArrayList<>();
    for (Object row : rows) {
      Object[] triple = (Object[]) row;
      @SuppressWarnings("unchecked")
      T entity = (T) triple[0];
      AuditRevision revision = (AuditRevision) triple[1];
      RevisionType kind = (RevisionType) triple[2];
      long id = idOf.apply(entity);
      Map<String, String> now = fields.apply(entity);
      Map<String, String> before = lastSeen.getOrDefault(id, Map.of());
      List<FieldChange> changes = new ArrayList<>();
      for (String field : now.keySet()) {
        String old = kind == RevisionType.ADD ? null : before.get(field);
        String updated = kind == RevisionType.DEL ? null : now.get(field);
        if (!Objects.equals(old, updated)) {
          changes.add(new FieldChange(field, old, updated));
        }
      }
      lastSeen.put(id, now);
      out.add(
          new RevisionView(
              revision.getId(),
              subject,
              id,
              label(kind),
              revision.getRevisedAt(),
              revision.getUsername(),
              changes));
    }
    return out;
  }

  private static String label(RevisionType kind) {
    return switch (kind) {
      case ADD -> "added";
      case MOD -> "changed";
      case DEL -> "removed";
    };
  }

  private static Map<String, String> documentFields(Document d) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("title", d.getTitle());
    f.put("kind", d.getKind().label());
    f.put("type", d.getType().label());
    f.put("date", Objects.toString(d.getDocumentDate(), null));
    f.put("author", d.getAuthor());
    f.put("exhibit label", d.getExhibitLabel());
    f.put("short cite", d.getShortCite());
    f.put("reporter cite", d.getReporterCite());
    f.put("status", d.getStatus().label());
    f.put("status reason", d.getStatusReason());
    f.put("pages", String.valueOf(d.getPageCount()));
    f.put(
        "original",
        d.getOriginal().getFileName() + " (SHA-256 " + d.getOriginal().getSha256() + ")");
    return f;
  }

  private static Map<String, String> redactionFields(Redaction r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("reason", r.getReason() == null ? null : r.getReason().label());
    f.put(
        "pages",
        r.getFirstPage() == r.getLastPage()
            ? String.valueOf(r.getFirstPage())
            : r.getFirstPage() + "–" + r.getLastPage());
    f.put(
        "box",
        r.getBox()
            .map(
                b ->
                    String.format(
                        java.util.Locale.ROOT,
                        "x %.3f, y %.3f, w %.3f, h %.3f",
                        b.x(),
                        b.y(),
                        b.width(),
                        b.height()))
            .orElse(null));
    f.put("words", r.getQuote());
    return f;
  }

  private static Map<String, String> passageFields(Annotation a) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("quote", a.getPassage().getQuote());
    f.put(
        "pages",
        a.getPassage().getStartPage() == a.getPassage().getEndPage()
            ? String.valueOf(a.getPassage().getStartPage())
            : a.getPassage().getStartPage() + "–" + a.getPassage().getEndPage());
    f.put("stance", a.getStance() == null ? null : a.getStance().label());
    f.put(
        "claims",
        a.getClaims().stream().map(Claim::getLabel).sorted().collect(Collectors.joining("; ")));
    f.put("note", a.getNote());
    return f;
  }
}
