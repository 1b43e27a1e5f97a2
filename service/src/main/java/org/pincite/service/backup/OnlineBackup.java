package org.pincite.service.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.pincite.service.store.OriginalStore;

/** Takes one backup into a new directory: {@code db.zip} (H2) or {@code db.sql}, and originals. */
public final class OnlineBackup {
  private OnlineBackup() {}

  /** What was backed up, where. */
  public record Taken(
      Path directory, String database, Path databaseFile, int originals, long bytes, long millis) {}

  /**
   * Backs up the database behind {@code dataSource} and then the originals of {@code store} into
   * {@code directory} (made; must not exist). {@code password} is the database password for pg_dump
   * (null or empty: none).
   */
  public static Taken take(
      DataSource dataSource, String password, OriginalStore store, Path directory)
      throws IOException, SQLException {
    Instant start = Instant.now();
    Files.createDirectories(directory.getParent());
    Files.createDirectory(directory);
    String product;
    Path databaseFile;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
      if ("H2".equals(product)) {
        databaseFile = directory.resolve("db.zip");
        try (Statement s = c.createStatement()) {
          s.execute("BACKUP TO '" + databaseFile.toString().replace("'", "''") + "'");
        }
      } else if ("PostgreSQL".equals(product)) {
        databaseFile = directory.resolve("db.sql");
        pgDump(c.getMetaData().getURL(), c.getMetaData().getUserName(), password, databaseFile);
      } else {
        throw new IOException("Pincite cannot back up a " + product + " database");
      }
    }
    int originals = 0;
    long bytes = Files.size(databaseFile);
    Path copies = directory.resolve("originals");
    for (String sha256 : store.storedHashes()) {
      Path to = copies.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4));
      Files.createDirectories(to);
      // A hard link where the store is a directory that allows it (originals never change).
      store.copyTo(sha256, to.resolve(sha256));
      originals++;
      bytes += Files.size(to.resolve(sha256));
    }
    Files.writeString(
        directory.resolve("BACKUP.txt"),
        "Pincite backup taken "
            + start
            + " of a "
            + product
            + " database and "
            + originals
            + " originals.\nRestore: README.md, \"Backups\".\n",
        StandardCharsets.UTF_8);
    return new Taken(
        directory,
        product,
        databaseFile,
        originals,
        bytes,
        Duration.between(start, Instant.now()).toMillis());
  }

  /** {@code pg_dump} of the database (and schema, when the URL names one) as plain SQL. */
  static void pgDump(String jdbcUrl, String user, String password, Path out) throws IOException {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    List<String> command =
        new ArrayList<>(List.of("pg_dump", "--no-owner", "--file", out.toString()));
    if (uri.getHost() != null) {
      command.addAll(List.of("--host", uri.getHost()));
    }
    if (uri.getPort() > 0) {
      command.addAll(List.of("--port", String.valueOf(uri.getPort())));
    }
    if (user != null) {
      command.addAll(List.of("--username", user));
    }
    if (uri.getQuery() != null) {
      for (String parameter : uri.getQuery().split("&")) {
        if (parameter.startsWith("currentSchema=")) {
          command.addAll(List.of("--schema", parameter.substring("currentSchema=".length())));
        }
      }
    }
    command.add(uri.getPath().substring(1));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Path log = Files.createTempFile("pg_dump", ".log");
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("PGCONNECT_TIMEOUT", "10");
    if (password != null && !password.isEmpty()) {
      env.put("PGPASSWORD", password);
    }
    try {
      Process dump = builder.start();
      if (!dump.waitFor(30, TimeUnit.MINUTES) || dump.exitValue() != 0) {
        dump.destroyForcibly();
        throw new IOException("pg_dump failed: " + Files.readString(log).strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pg_dump ran", e);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
