package org.pincite.service.search;

import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.Page;

/**
 * Indexes a page: its text (English and CJK), the email headers on an email's first page, its
 * document's facts, and which claims the passages lying on it bear on, with which stance.
 *
 * <p>Page has no association to its passages (a passage addresses pages by number), so the passages
 * are read with the indexing session, and {@link PassageIndexing} puts a page back into the
 * indexing plan whenever a passage on it is marked, restated or removed.
 */
public class PageBridge implements TypeBridge<Page> {
  private final SearchFields fields;

  PageBridge(SearchFields fields) {
    this.fields = fields;
  }

  /** Declares the fields and what changes make Hibernate Search index a page again. */
  public static class Binder implements TypeBinder {
    @Override
    public void bind(TypeBindingContext context) {
      context
          .dependencies()
          .use("text")
          .use("number")
          .use("document.title")
          .use("document.exhibitLabel")
          .use("document.kind")
          .use("document.type")
          .use("document.documentDate")
          .use("document.email.from")
          .use("document.email.to")
          .use("document.email.cc")
          .use("document.email.subject")
          .use("document.email.sentAt")
          .use("document.matter");
      context.bridge(
          Page.class, new PageBridge(SearchFields.declare(context.indexSchemaElement())));
    }
  }

  @Override
  public void write(DocumentElement target, Page page, TypeBridgeWriteContext context) {
    Document document = page.getDocument();
    target.addValue(fields.source, SearchFields.SOURCE_PAGE);
    target.addValue(fields.text, page.getText());
    target.addValue(fields.textCjk, page.getText());
    if (page.getNumber() == 1) {
      DocumentFacts.headerText(document)
          .ifPresent(
              h -> {
                target.addValue(fields.headers, h);
                target.addValue(fields.headersCjk, h);
              });
    }
    target.addValue(fields.pageNumber, page.getNumber());
    DocumentFacts.write(fields, target, document);

    Session session = context.extension(HibernateOrmExtension.get()).session();
    List<Object[]> marks =
        session
            .createSelectionQuery(
                "select a.id, a.stance, c.id from Annotation a left join a.claims c"
                    + " where a.document.id = :doc and a.passage.startPage <= :n and a.passage.endPage >= :n",
                Object[].class)
            .setParameter("doc", document.getId())
            .setParameter("n", page.getNumber())
            // Indexing runs while the transaction completes: a query must not flush again.
            .setHibernateFlushMode(FlushMode.MANUAL)
            .list();
    target.addValue(fields.annotated, !marks.isEmpty());
    marks.stream()
        .map(m -> (Stance) m[1])
        .distinct()
        .forEach(s -> target.addValue(fields.stances, s.name()));
    marks.stream()
        .map(m -> (Long) m[2])
        .filter(id -> id != null)
        .distinct()
        .forEach(id -> target.addValue(fields.claimIds, id));
    marks.stream()
        .filter(m -> m[2] != null)
        .map(m -> m[2] + ":" + ((Stance) m[1]).name())
        .distinct()
        .forEach(cs -> target.addValue(fields.claimStances, cs));
  }
}
