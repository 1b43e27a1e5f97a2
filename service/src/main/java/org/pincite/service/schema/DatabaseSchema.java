package org.pincite.service.schema;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/** Brings a database to the newest schema and checks that the entities map onto it. */
public final class DatabaseSchema {
  private DatabaseSchema() {}

  /** Applies the migrations the database lacks; answers how many were applied. */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(DatabaseSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        // A database whose tables predate Flyway gets a baseline instead of a failure.
        .baselineOnMigrate(true)
        .load()
        .migrate();
  }

  /**
   * Fails with Hibernate's description of the first mismatch between the entities and the tables.
   */
  public static void validate(EntityManagerFactory emf) {
    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }
}
