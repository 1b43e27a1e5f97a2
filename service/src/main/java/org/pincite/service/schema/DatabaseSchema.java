package org.pincite.service.schema;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** What an H2 URL carries so that each commit is on disk when it returns. */
  public static final String H2_DURABLE = ";WRITE_DELAY=0";

  /**
   * Makes every commit reach the database's file before it returns, so that an answer given after a
   * commit (an upload's 202) survives the server's process being killed. PostgreSQL does so by
   * default; H2 writes committed transactions up to 500 ms later unless its URL says {@value
   * #H2_DURABLE}, and lost uploads answered 202 to a {@code kill -9}. The default URL says so; for
   * another H2 URL this sets it for as long as the database stays open and answers a warning
   * (docs/stack-notes.md, "Commits that survive a crash"). Answers what it found, for the log.
   */
  public static Durability makeCommitsDurable(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!"H2".equals(product)) {
        return new Durability(true, product + " writes each commit before it returns");
      }
      try (ResultSet delay =
          statement.executeQuery(
              "select setting_value from information_schema.settings"
                  + " where setting_name = 'WRITE_DELAY'")) {
        if (delay.next() && "0".equals(delay.getString(1))) {
          return new Durability(true, "H2 writes each commit before it returns (WRITE_DELAY 0)");
        }
      }
      statement.execute("SET WRITE_DELAY 0");
      return new Durability(
          false,
          "PINCITE_DB_URL lacks "
              + H2_DURABLE
              + ": H2 writes each commit at once only until the database is next opened; add it to"
              + " the URL, or work answered in the half second before a crash can be lost");
    }
  }

  /** Whether commits survive a crash of the server's process, and what the log should say. */
  public record Durability(boolean durable, String description) {}

  /**
   * Fails with Hibernate's description of the first mismatch between the entities and the tables.
   */
  public static void validate(EntityManagerFactory emf) {
    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }
}
