package org.pincite.service.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentListQuery;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentSlice;
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
  public DocumentSlice list(long matterId, DocumentListQuery query, int first, int max) {
    // Families are listed and counted by their email (the document without a parent); an email is
    // in the list when it or one of its attachments matches the filters.
    Map<String, Object> params = new HashMap<>();
    params.put("matter", matterId);
    String where = " from Document d where d.matter.id = :matter and d.parent is null";
    String onEmail = matching("d", query, params);
    if (!onEmail.equals(NO_FILTER)) {
      where +=
          " and ("
              + onEmail
              + " or exists (select c.id from Document c where c.parent = d and "
              + matching("c", query, params)
              + "))";
    }
    if (query.inFamily() != null) {
      where +=
          (query.inFamily() ? " and" : " and not")
              + " exists (select k.id from Document k where k.parent = d)";
    }
    String direction = query.ascending() ? " asc" : " desc";
    String order =
        switch (query.sort()) {
          case ADDED -> "d.addedAt" + direction;
          case TITLE -> "lower(d.title)" + direction;
          case KIND -> "d.kind" + direction;
          case TYPE -> "d.type" + direction;
          case DATE -> "d.documentDate" + direction + " nulls last";
          case STATUS -> "d.status" + direction;
          case PAGES -> "d.pageCount" + direction;
        };
    TypedQuery<Long> ids =
        em.createQuery(
            "select d.id" + where + " order by " + order + ", d.id" + direction, Long.class);
    TypedQuery<Long> count = em.createQuery("select count(d)" + where, Long.class);
    params.forEach(
        (name, value) -> {
          ids.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<Long> roots = ids.setFirstResult(first).setMaxResults(max).getResultList();
    if (roots.isEmpty()) {
      return new DocumentSlice(List.of(), count.getSingleResult());
    }
    Map<Long, Document> byId = new HashMap<>();
    em.createQuery("select d from Document d where d.id in :ids", Document.class)
        .setParameter("ids", roots)
        .getResultList()
        .forEach(d -> byId.put(d.getId(), d));
    // The attachments, and theirs, level by level (a forwarded message's attachments are deeper).
    Map<Long, List<Document>> childrenOf = new HashMap<>();
    List<Long> level = roots;
    for (int depth = 0; depth < 8 && !level.isEmpty(); depth++) {
      List<Document> children =
          em.createQuery(
                  "select d from Document d where d.parent.id in :ids order by d.id",
                  Document.class)
              .setParameter("ids", level)
              .getResultList();
      children.forEach(
          c ->
              childrenOf
                  .computeIfAbsent(c.getParent().orElseThrow().getId(), k -> new ArrayList<>())
                  .add(c));
      level = children.stream().map(Document::getId).toList();
    }
    List<Document> rows = new ArrayList<>();
    for (Long root : roots) {
      addFamily(byId.get(root), childrenOf, rows);
    }
    return new DocumentSlice(rows, count.getSingleResult());
  }

  private static void addFamily(
      Document d, Map<Long, List<Document>> childrenOf, List<Document> rows) {
    rows.add(d);
    for (Document child : childrenOf.getOrDefault(d.getId(), List.of())) {
      addFamily(child, childrenOf, rows);
    }
  }

  private static final String NO_FILTER = "(1 = 1)";

  /** The filters on one document (alias {@code x}) as a JPQL condition; "(1 = 1)" when none. */
  private static String matching(String x, DocumentListQuery q, Map<String, Object> params) {
    List<String> and = new ArrayList<>();
    and.add("1 = 1");
    if (q.kind() != null) {
      and.add(x + ".kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.type() != null) {
      and.add(x + ".type = :type");
      params.put("type", q.type());
    }
    if (q.status() != null) {
      and.add(x + ".status = :status");
      params.put("status", q.status());
    }
    if (q.from() != null) {
      and.add(
          "("
              + x
              + ".documentDate >= :from or ("
              + x
              + ".documentDate is null and "
              + x
              + ".email.sentAt >= :fromMoment))");
      params.put("from", q.from());
      params.put("fromMoment", q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (q.to() != null) {
      and.add(
          "("
              + x
              + ".documentDate <= :to or ("
              + x
              + ".documentDate is null and "
              + x
              + ".email.sentAt < :toMoment))");
      params.put("to", q.to());
      params.put("toMoment", q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (q.person() != null) {
      and.add(
          "(lower("
              + x
              + ".author) like :person escape '!' or lower("
              + x
              + ".custodian) like :person escape '!' or lower("
              + x
              + ".email.from) like :person escape '!')");
      params.put("person", "%" + likeEscaped(q.personLower()) + "%");
    }
    if (q.text() != null) {
      and.add(
          "(lower("
              + x
              + ".title) like :text escape '!' or lower("
              + x
              + ".original.fileName) like :text escape '!')");
      params.put("text", "%" + likeEscaped(q.textLower()) + "%");
    }
    if (q.marked() != null) {
      and.add(
          (q.marked() ? "" : "not ")
              + "exists (select a.id from Annotation a where a.document = "
              + x
              + ")");
    }
    return "(" + String.join(" and ", and) + ")";
  }

  private static String likeEscaped(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
  public List<Document> findBatesOverlapping(long matterId, BatesRange range) {
    return em.createQuery(
            "select d from Document d where d.matter.id = :matter and d.bates.prefix = :prefix"
                + " and d.bates.first <= :last and d.bates.last >= :first order by d.bates.first",
            Document.class)
        .setParameter("matter", matterId)
        .setParameter("prefix", range.prefix())
        .setParameter("first", range.begin().counter())
        .setParameter("last", range.end().counter())
        .getResultList();
  }

  @Override
  public Optional<Document> findByBates(long matterId, BatesNumber number) {
    return findBatesOverlapping(matterId, BatesRange.of(number, 1)).stream().findFirst();
  }

  @Override
  public List<Document> findByProduction(long matterId, String production) {
    return em.createQuery(
            "select d from Document d where d.matter.id = :matter and d.production = :production"
                + " order by d.bates.prefix, d.bates.first, d.id",
            Document.class)
        .setParameter("matter", matterId)
        .setParameter("production", production)
        .getResultList();
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
  public void remove(Document document) {
    em.remove(document);
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
