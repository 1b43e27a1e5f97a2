package org.pincite.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.pincite.service.settings.StartupCheck;

/** UP when the search index (Lucene or Elasticsearch) answers a query, with how much it holds. */
@Readiness
@ApplicationScoped
@PersistenceUnit(name = SearchIndexHealth.PERSISTENCE_UNIT_REF, unitName = "pincite")
public class SearchIndexHealth implements HealthCheck {
  static final String NAME = "search-index";
  static final String PERSISTENCE_UNIT_REF = "pincite/searchIndexHealthUnit";

  @Inject StartupCheck startup;

  @Override
  public HealthCheckResponse call() {
    if (!startup.passed()) {
      return SettingsHealth.notStarted(NAME, startup.failure().orElseThrow());
    }
    try {
      // Looked up, not injected: with a wrong setting the persistence unit cannot be made.
      EntityManagerFactory emf =
          (EntityManagerFactory)
              new InitialContext().lookup("java:comp/env/" + PERSISTENCE_UNIT_REF);
      SearchMapping mapping = Search.mapping(emf);
      EntityManager em = emf.createEntityManager();
      try {
        long entries =
            Search.session(em)
                .search(mapping.scope(Object.class))
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        return HealthCheckResponse.named(NAME)
            .up()
            .withData("backend", mapping.backend().getClass().getSimpleName())
            .withData("entries", entries)
            .build();
      } finally {
        em.close();
      }
    } catch (NamingException | RuntimeException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("reason", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
