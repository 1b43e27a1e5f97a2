package org.pincite.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Restore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.TestDatabase;
import org.pincite.service.store.LocalOriginalStore;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.StoredBytes;

/**
 * A backup taken while documents are being uploaded (originals stored, then their rows committed,
 * as the upload does), on H2 ({@code BACKUP TO}) and PostgreSQL ({@code pg_dump}), restored into a
 * fresh database: the restored schema is Pincite's at its newest version, it holds at least every
 * document committed before the backup began, and every original a restored document names is in
 * the backup. The uploads are fiction.
 */
class OnlineBackupIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aBackupTakenWhileUploadingRestoresWithEveryOriginalItsRowsName(TestDatabase.Kind kind)
      throws Exception {
    db = TestDatabase.start(kind);
    OriginalStore store = new LocalOriginalStore(Files.createTempDirectory("backup-originals"));
    long matterId =
        db.inTransaction(
            em ->
                new JpaMatterRepository(em)
                    .add(
                        new Matter(
                            "Roe v. Doe (fiction)", "Court", "BK-1", LocalDate.of(2026, 1, 1)))
                    .getId());
    AtomicBoolean uploading = new AtomicBoolean(true);
    AtomicInteger committed = new AtomicInteger();
    ExecutorService uploader = Executors.newSingleThreadExecutor();
    Future<?> uploads =
        uploader.submit(
            () -> {
              for (int n = 0; uploading.get() || n < 20; n++) {
                byte[] content =
                    ("Fiction: upload " + n + " " + UUID.randomUUID())
                        .getBytes(StandardCharsets.UTF_8);
                StoredBytes stored = store.store(new ByteArrayInputStream(content));
                String name = "upload-" + n + ".txt";
                db.run(
                    em ->
                        new JpaDocumentRepository(em)
                            .add(
                                new Document(
                                    em.find(Matter.class, matterId),
                                    DocumentKind.EVIDENCE,
                                    DocumentType.OTHER,
                                    name,
                                    new StoredFile(
                                        name, "text/plain", stored.size(), stored.sha256()))));
                committed.incrementAndGet();
              }
              return null;
            });
    while (committed.get() < 10) {
      Thread.onSpinWait();
    }
    int before = committed.get();
    Path directory = Files.createTempDirectory("pincite-backup").resolve("taken");
    OnlineBackup.Taken taken = OnlineBackup.take(db.dataSource(), "", store, directory);
    int after = committed.get();
    uploading.set(false);
    uploads.get();
    uploader.shutdown();

    List<String> restored = restore(kind, taken);
    assertTrue(
        restored.size() >= before && restored.size() <= after,
        before + " <= " + restored.size() + " <= " + after);
    for (String sha256 : restored) {
      Path copy =
          directory
              .resolve("originals")
              .resolve(sha256.substring(0, 2))
              .resolve(sha256.substring(2, 4))
              .resolve(sha256);
      assertTrue(Files.isRegularFile(copy), "the backup holds the original " + sha256);
    }
    assertTrue(taken.originals() >= restored.size());
  }

  /** Restores the backup into a fresh database; answers the restored documents' hashes. */
  private List<String> restore(TestDatabase.Kind kind, OnlineBackup.Taken taken) throws Exception {
    if (kind == TestDatabase.Kind.H2) {
      Path dir = Files.createTempDirectory("pincite-restored");
      Restore.execute(taken.databaseFile().toString(), dir.toString(), null);
      String name;
      try (var files = Files.list(dir)) {
        name =
            files
                .map(f -> f.getFileName().toString())
                .filter(f -> f.endsWith(".mv.db"))
                .findFirst()
                .orElseThrow()
                .replace(".mv.db", "");
      }
      try (Connection c =
          DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(name), "sa", "")) {
        return hashesAndVersion(c, "");
      }
    }
    String base =
        System.getenv()
            .getOrDefault("PINCITE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getenv().getOrDefault("PINCITE_TEST_PG_USER", "postgres");
    String database =
        "pincite_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection c = DriverManager.getConnection(base, user, "");
        Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
    try {
      String url = base.substring(0, base.lastIndexOf('/') + 1) + database;
      java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
      Process psql =
          new ProcessBuilder(
                  "psql",
                  "-q",
                  "-v",
                  "ON_ERROR_STOP=1",
                  "-h",
                  uri.getHost(),
                  "-p",
                  String.valueOf(uri.getPort()),
                  "-U",
                  user,
                  "-d",
                  database,
                  "-f",
                  taken.databaseFile().toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, psql.waitFor(), output);
      String schema;
      try (Connection c = DriverManager.getConnection(url, user, "");
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select table_schema from information_schema.tables where table_name = 'document'")) {
        r.next();
        schema = r.getString(1);
      }
      try (Connection c = DriverManager.getConnection(url, user, "")) {
        return hashesAndVersion(c, schema + ".");
      }
    } finally {
      try (Connection c = DriverManager.getConnection(base, user, "");
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + database);
      }
    }
  }

  private static List<String> hashesAndVersion(Connection c, String schema) throws Exception {
    try (Statement s = c.createStatement()) {
      try (ResultSet version =
          s.executeQuery(
              "select max(\"version\") from "
                  + schema
                  + "\"flyway_schema_history\" where \"success\"")) {
        version.next();
        assertTrue(version.getString(1) != null, "the schema history came along");
      }
      List<String> hashes = new ArrayList<>();
      try (ResultSet r = s.executeQuery("select original_sha256 from " + schema + "document")) {
        while (r.next()) {
          hashes.add(r.getString(1));
        }
      }
      return hashes;
    }
  }
}
