package org.pincite.service.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.pincite.service.schema.DatabaseSchema;
import org.pincite.service.search.PrefixedIndexLayout;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real, empty database for one test class: an H2 file database under target/, or a fresh schema
 * in the PostgreSQL at PINCITE_TEST_PG_URL (default 127.0.0.1:5432/test), dropped afterwards.
 * Flyway migrates it and Hibernate runs outside the server with the application's persistence unit.
 */
public final class TestDatabase implements AutoCloseable {
  public enum Kind {
    H2,
    POSTGRESQL
  }

  /**
   * Where the search index lives: an embedded Lucene index under target/, or the OpenSearch node
   * the build starts (root pom, {@code pincite.opensearch.hosts}), under index names of this
   * database's own (its name as PINCITE_SEARCH_INDEX_PREFIX), dropped with it.
   */
  public enum SearchEngine {
    LUCENE,
    OPENSEARCH
  }

  private final Kind kind;
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private final String schema;
  private final MigrateResult migration;
  private final EntityManagerFactory emf;

  private TestDatabase(Kind kind, SearchEngine engine) {
    this.kind = kind;
    name = "pincite_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind == Kind.H2) {
      url = "jdbc:h2:file:./target/h2/" + name + ";DB_CLOSE_DELAY=-1";
      user = "sa";
      password = "";
      schema = null;
    } else {
      String base = env("PINCITE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
      user = env("PINCITE_TEST_PG_USER", "postgres");
      password = env("PINCITE_TEST_PG_PASSWORD", "");
      schema = name;
      execute(base, "create schema " + schema);
      url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
    migration = DatabaseSchema.migrate(dataSource());
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", password);
    properties.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    // Each database its own search index, and a search sees the commit before it.
    properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
    if (engine == SearchEngine.LUCENE) {
      properties.put("hibernate.search.backend.type", "lucene");
      properties.put("hibernate.search.backend.directory.root", "target/search-index/" + name);
    } else {
      String hosts = OpenSearchNode.awaitHosts();
      properties.put("hibernate.search.backend.type", "elasticsearch");
      properties.put("hibernate.search.backend.hosts", hosts);
      properties.put("hibernate.search.backend.protocol", "http");
      properties.put(
          "hibernate.search.backend.layout.strategy", new PrefixedIndexLayout(name + "-"));
      properties.put("hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
    }
    emf = Persistence.createEntityManagerFactory("pincite", properties);
  }

  public static TestDatabase start(Kind kind) {
    return new TestDatabase(kind, SearchEngine.LUCENE);
  }

  public static TestDatabase start(Kind kind, SearchEngine engine) {
    return new TestDatabase(kind, engine);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private void execute(String jdbcUrl, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + jdbcUrl
              + " is needed for this test (start it, or set PINCITE_TEST_PG_URL): "
              + e.getMessage(),
          e);
    }
  }

  public DataSource dataSource() {
    if (kind == Kind.H2) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      ds.setUser(user);
      ds.setPassword(password);
      return ds;
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  /** This database's own name (lower case): also its search indexes' prefix on OpenSearch. */
  public String name() {
    return name;
  }

  public MigrateResult migration() {
    return migration;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** Runs {@code work} in one committed transaction and returns its result. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Runs {@code work} in one committed transaction. */
  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
    if (kind == Kind.POSTGRESQL) {
      execute(url, "drop schema " + schema + " cascade");
    } else {
      execute(url, "shutdown");
    }
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
