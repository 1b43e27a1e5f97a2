package org.pincite.service.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.redaction.Redaction;
import org.pincite.service.view.RevisionView;
import org.pincite.service.view.RevisionView.FieldChange;

/**
 * The audit trail read back as history entries: each revision of an object with the fields that
 * changed, before and after. The history pages ({@code HistoryService}) and matter archives read it
 * alike.
 */
public final class AuditHistory {
  private AuditHistory() {}

  /** The matter's own changes, its parties' and its claims', oldest first. */
  public static List<RevisionView> ofMatter(AuditReader reader, long matterId) {
    List<RevisionView> history =
        new ArrayList<>(
            revisions(
                reader,
                Matter.class,
                AuditEntity.id().eq(matterId),
                "matter",
                Matter::getId,
                AuditHistory::matterFields));
    history.addAll(
        revisions(
            reader,
            Party.class,
            AuditEntity.relatedId("matter").eq(matterId),
            "party",
            Party::getId,
            AuditHistory::partyFields));
    history.addAll(
        revisions(
            reader,
            Claim.class,
            AuditEntity.relatedId("matter").eq(matterId),
            "claim",
            Claim::getId,
            AuditHistory::claimFields));
    return history;
  }

  /**
   * A document's own changes and those of every passage ever marked and every redaction ever made
   * in it, oldest first.
   */
  public static List<RevisionView> ofDocument(AuditReader reader, long documentId) {
    List<RevisionView> history =
        new ArrayList<>(
            revisions(
                reader,
                Document.class,
                AuditEntity.id().eq(documentId),
                "document",
                Document::getId,
                AuditHistory::documentFields));
    history.addAll(
        revisions(
            reader,
            Annotation.class,
            AuditEntity.relatedId("document").eq(documentId),
            "passage",
            Annotation::getId,
            AuditHistory::passageFields));
    history.addAll(
        revisions(
            reader,
            Redaction.class,
            AuditEntity.relatedId("document").eq(documentId),
            "redaction",
            Redaction::getId,
            AuditHistory::redactionFields));
    history.sort(
        Comparator.comparingLong(RevisionView::revision).thenComparing(RevisionView::subject));
    return history;
  }

  public static Map<String, String> redactionFields(Redaction r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("reason", r.getReason() == null ? null : r.getReason().label());
    f.put(
        "pages",
        r.getFirstPage() == r.getLastPage()
            ? String.valueOf(r.getFirstPage())
            : r.getFirstPage() + "\u2013" + r.getLastPage());
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

  /** The changes of every fact of the matter, also of removed ones, oldest first. */
  public static List<RevisionView> ofFacts(AuditReader reader, long matterId) {
    return revisions(
        reader,
        Fact.class,
        AuditEntity.relatedId("matter").eq(matterId),
        "fact",
        Fact::getId,
        AuditHistory::factFields);
  }

  public static Map<String, String> matterFields(Matter m) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("caption", m.getCaption());
    f.put("court", m.getCourt());
    f.put("docket number", m.getDocketNumber());
    f.put("filed on", Objects.toString(m.getFiledOn(), null));
    return f;
  }

  public static Map<String, String> partyFields(Party p) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", p.getName());
    f.put("role", p.getRole() == null ? null : p.getRole().label());
    return f;
  }

  public static Map<String, String> claimFields(Claim c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("kind", c.getKind() == null ? null : c.getKind().label());
    f.put("label", c.getLabel());
    f.put("text", c.getText());
    f.put("position", String.valueOf(c.getPosition()));
    return f;
  }

  public static Map<String, String> factFields(Fact f) {
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

  public static <T> List<RevisionView> revisions(
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

  public static Map<String, String> documentFields(Document d) {
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

  public static Map<String, String> passageFields(Annotation a) {
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
