package org.pincite.service.search;

import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Page;

/**
 * Keeps the pages' passage fields (annotated, claims, stances) current: when a passage is marked,
 * restated or removed, the pages it lies on go into the same transaction's indexing plan, and
 * Hibernate Search indexes them when the transaction completes (JTA or resource-local alike).
 * Registered as a Hibernate {@link Integrator} (META-INF/services), so the annotation code needs to
 * know nothing of search.
 */
public class PassageIndexing
    implements Integrator,
        PostInsertEventListener,
        PostUpdateEventListener,
        PostDeleteEventListener,
        PostCollectionUpdateEventListener {
  private static final long serialVersionUID = 1L;

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    // Nothing to keep current where the unit has no passages or runs without Hibernate Search
    // (a bulk load that indexes afterwards).
    if (metadata.getEntityBinding(Annotation.class.getName()) == null
        || "false"
            .equalsIgnoreCase(
                String.valueOf(sessionFactory.getProperties().get("hibernate.search.enabled")))) {
      return;
    }
    EventListenerRegistry registry =
        sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
    registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {}

  @Override
  public void onPostInsert(PostInsertEvent event) {
    reindexPagesOf(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    reindexPagesOf(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    reindexPagesOf(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
    reindexPagesOf(event.getAffectedOwnerOrNull(), event.getSession());
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private static void reindexPagesOf(Object entity, SharedSessionContractImplementor session) {
    if (!(entity instanceof Annotation annotation)
        || !(session instanceof org.hibernate.Session s)) {
      return;
    }
    List<Page> pages =
        s.createSelectionQuery(
                "select p from Page p where p.document.id = :doc and p.number between :from and :to",
                Page.class)
            .setParameter("doc", annotation.getDocument().getId())
            .setParameter("from", annotation.getPassage().getStartPage())
            .setParameter("to", annotation.getPassage().getEndPage())
            // Called while the session flushes: reading must not start another flush.
            .setHibernateFlushMode(FlushMode.MANUAL)
            .list();
    var plan = Search.session(s).indexingPlan();
    pages.forEach(plan::addOrUpdate);
  }
}
