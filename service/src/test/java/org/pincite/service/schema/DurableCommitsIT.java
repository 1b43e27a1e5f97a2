package org.pincite.service.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A commit that returned survives {@code kill -9} of the process that made it: a child JVM commits
 * rows one at a time on an H2 file database opened as Pincite's default URL opens it ({@link
 * DatabaseSchema#H2_DURABLE}), printing each id after its commit; it is killed mid-stream and every
 * printed id must be in the database afterwards. (With H2's default write delay, about 1,500 of
 * 3,300 such commits were lost on this machine; with {@code SET WRITE_DELAY 0} on an earlier
 * connection only, as many: H2 applies the stored setting only to the session that set it.)
 */
class DurableCommitsIT {
  private static final int COMMITS_BEFORE_KILL = 400;

  @Test
  void anH2UrlWithoutTheSettingIsMadeDurableForNowAndWarnedAbout() throws Exception {
    String url =
        "jdbc:h2:file:"
            + Files.createDirectories(Path.of("target/h2-kill")).toAbsolutePath()
            + "/plain"
            + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1";
    DatabaseSchema.Durability first = DatabaseSchema.makeCommitsDurable(source(url));
    assertFalse(first.durable());
    assertTrue(first.description().contains(";WRITE_DELAY=0"), first.description());
    DatabaseSchema.Durability open = DatabaseSchema.makeCommitsDurable(source(url));
    assertTrue(open.durable(), "set while the database stays open: " + open.description());
    try (Connection c = source(url).getConnection()) {
      c.createStatement().execute("shutdown");
    }
  }

  @Test
  void everyCommitAnsweredBeforeAKillIsInTheDatabaseAfterIt() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/h2-kill"));
    String url =
        "jdbc:h2:file:"
            + dir.toAbsolutePath().resolve("db" + System.nanoTime())
            + DatabaseSchema.H2_DURABLE;
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    long lastAnswered = -1;
    try (BufferedReader answers =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = answers.readLine()) != null; ) {
        lastAnswered = Long.parseLong(line.trim());
        if (lastAnswered >= COMMITS_BEFORE_KILL) {
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
          break;
        }
      }
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the writer was killed");
    assertEquals(COMMITS_BEFORE_KILL, lastAnswered, "the writer reached the kill");

    try (Connection c = source(url).getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select count(*), max(id) from commits")) {
      rows.next();
      assertTrue(
          rows.getLong(2) >= lastAnswered,
          "the last answered commit " + lastAnswered + " is there; found up to " + rows.getLong(2));
      assertEquals(rows.getLong(2) + 1, rows.getLong(1), "no commit missing in between");
    }
  }

  private static JdbcDataSource source(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  /** The child: commits rows until it is killed, printing each id once its commit returned. */
  public static final class Writer {
    public static void main(String[] args) throws Exception {
      JdbcDataSource ds = source(args[0]);
      if (!DatabaseSchema.makeCommitsDurable(ds).durable()) {
        throw new IllegalStateException("the URL should have made H2 durable");
      }
      try (Connection c = ds.getConnection()) {
        c.createStatement()
            .execute("create table commits(id bigint primary key, body varchar(600))");
        c.setAutoCommit(false);
        PreparedStatement insert = c.prepareStatement("insert into commits values (?, ?)");
        for (long id = 0; ; id++) {
          insert.setLong(1, id);
          insert.setString(2, "fiction: an answered upload's row ".repeat(15));
          insert.executeUpdate();
          c.commit();
          System.out.println(id);
          System.out.flush();
        }
      }
    }
  }
}
