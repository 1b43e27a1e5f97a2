package org.pincite.service.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.Page;

/**
 * Maps pages and passage notes to the search indexes without touching the domain classes;
 * registered in persistence.xml ({@code hibernate.search.mapping.configurer}). Both indexes have
 * the same fields ({@link SearchFields}), the same under Lucene and Elasticsearch.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {
  public static final String PAGE_INDEX = "page";
  public static final String NOTE_INDEX = "note";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

    TypeMappingStep page = mapping.type(Page.class);
    page.indexed().index(PAGE_INDEX);
    page.binder(new PageBridge.Binder());

    TypeMappingStep note = mapping.type(Annotation.class);
    note.indexed().index(NOTE_INDEX);
    note.binder(new NoteBridge.Binder());
    // Neither Document nor Claim maps its passages: changes on their side cannot be traced back to
    // the notes, so only a change of the passage's own association re-indexes it.
    note.property("document").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    note.property("claims").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    // A document never moves to another matter; Matter's documents are not worth walking.
    mapping
        .type(Document.class)
        .property("matter")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
