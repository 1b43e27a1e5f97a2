package org.pincite.service.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.Version;

/**
 * Migrates the schema before anything else touches the database. Outside a transaction, because
 * Flyway commits its own work (STACK-NOTES: Flyway inside Liberty).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaStartup {
  private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

  @Resource(lookup = "jdbc/pincite")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "pincite")
  private EntityManagerFactory emf;

  private int appliedMigrations;
  private String schemaVersion;

  @PostConstruct
  void migrateAndValidate() {
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
