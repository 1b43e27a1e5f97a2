package org.pincite.service.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.Version;
import org.pincite.service.settings.StartupCheck;

/**
 * Migrates the schema before anything else touches the database, once the settings have passed
 * their check. Outside a transaction, because Flyway commits its own work (docs/stack-notes.md,
 * "Flyway inside Liberty"). The data source and the persistence unit are looked up only then:
 * injected, a wrong setting would fail this bean and with it the whole application.
 */
@Singleton
@Startup
@DependsOn("StartupCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PersistenceUnit(name = SchemaStartup.PERSISTENCE_UNIT_REF, unitName = "pincite")
public class SchemaStartup {
  static final String PERSISTENCE_UNIT_REF = "pincite/schemaUnit";
  private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

  @EJB StartupCheck startup;

  private DataSource dataSource;
  private EntityManagerFactory emf;

  private int appliedMigrations;
  private String schemaVersion;

  @PostConstruct
  void migrateAndValidate() {
    if (!startup.passed()) {
      return;
    }
    try {
      InitialContext jndi = new InitialContext();
      dataSource = (DataSource) jndi.lookup(StartupCheck.DATA_SOURCE);
      emf = (EntityManagerFactory) jndi.lookup("java:comp/env/" + PERSISTENCE_UNIT_REF);
    } catch (NamingException e) {
      throw new IllegalStateException("The server defines no database for Pincite", e);
    }
    try {
      DatabaseSchema.Durability durability = DatabaseSchema.makeCommitsDurable(dataSource);
      if (durability.durable()) {
        LOG.info(() -> "Commits: " + durability.description());
      } else {
        LOG.warning(() -> "Commits: " + durability.description());
      }
    } catch (SQLException e) {
      LOG.severe(
          () ->
              "Pincite could not check that the database writes each commit at once: "
                  + e.getMessage());
    }
    MigrateResult result = DatabaseSchema.migrate(dataSource);
    appliedMigrations = result.migrationsExecuted;
    schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    DatabaseSchema.validate(emf);
    LOG.info(
        () ->
            "Database schema at version "
                + schemaVersion
                + " ("
                + appliedMigrations
                + " migrations applied now), validated by "
                + persistenceProvider());
  }

  /**
   * The JPA provider in use, e.g. "Hibernate ORM 6.6.56.Final": Liberty also offers EclipseLink.
   */
  public String persistenceProvider() {
    try {
      emf.unwrap(SessionFactory.class);
      return "Hibernate ORM " + Version.getVersionString();
    } catch (PersistenceException e) {
      return emf.getClass().getName();
    }
  }

  public int getAppliedMigrations() {
    return appliedMigrations;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }
}
