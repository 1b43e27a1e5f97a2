package org.pincite.web.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.OwnServer;
import org.pincite.web.testing.TestMatter;

/**
 * The README's restore of a backup, done and started from: a backup ({@code POST /api/backups})
 * taken of the running test server while documents are being uploaded, restored into an empty data
 * directory as the README says (the originals copied, H2's {@code Restore} of {@code db.zip} into
 * {@code db/}), and a server of its own started on it. It is ready; it holds the matter with every
 * document answered before the backup began, each original byte for byte under its hash, and the
 * passage marked; every document it holds has its original. The uploads are fiction.
 */
@ResourceLock(OwnServer.LOCK + 2)
class BackupRestoreIT {
  private record Answered(long id, String sha256) {}

  @Test
  void aBackupTakenWhileUploadingRestoresIntoAFreshDataDirectoryThatStarts() throws Exception {
    TestMatter matter = TestMatter.small("backup-restore");
    long note = matter.documentFile("case-note.txt");
    matter.markOnFirstPage(note, "OpenAI", "CONTEXT", matter.claimIdOfFirst());
    List<Answered> answered = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean uploading = new AtomicBoolean(true);
    ExecutorService uploader = Executors.newSingleThreadExecutor();
    Future<?> uploads =
        uploader.submit(
            () -> {
              for (int n = 0; uploading.get() || n < 5; n++) {
                byte[] content =
                    ("Fiction: upload " + n + " while backing up " + UUID.randomUUID())
                        .getBytes(StandardCharsets.UTF_8);
                long id = matter.upload("during-backup-" + n + ".txt", content, null, null);
                answered.add(new Answered(id, sha256(content)));
              }
              return null;
            });
    while (answered.size() < 3) {
      Thread.sleep(50);
    }
    List<Answered> before = List.copyOf(answered);
    HttpResponse<String> taken = matter.admin().post("api/backups", "");
    uploading.set(false);
    uploads.get();
    uploader.shutdown();
    assertEquals(201, taken.statusCode(), taken.body());
    JsonObject backup = Api.object(taken);
    Assumptions.assumeTrue(
        backup.getString("database").equals("H2"), "the test server runs on H2 here");
    Path from = Path.of(backup.getString("directory"));

    // The README's restore, into an empty data directory.
    Path data = Files.createTempDirectory("pincite-restored-data");
    Files.createDirectories(data.resolve("db"));
    copyTree(from.resolve("originals"), data.resolve("originals"));
    Restore.execute(from.resolve("db.zip").toString(), data.resolve("db").toString(), null);
    assertTrue(Files.isRegularFile(data.resolve("db/pincite.mv.db")), "db/pincite.mv.db restored");

    try (OwnServer server =
        new OwnServer(
            2,
            Map.of(
                "PINCITE_DATA_DIR",
                data.toString(),
                "PINCITE_ADMIN_PASSWORD",
                Api.ADMIN_PASSWORD,
                "PINCITE_DEMO",
                "false",
                "PINCITE_PASSWORD_ITERATIONS",
                "1024"))) {
      server.start();
      server.awaitReady();
      Api admin = Api.admin(server.url());
      long matterId = admin.matterId(matter.docket());
      assertEquals(matter.id(), matterId, "the same database, the same ids");
      JsonObject restored = Api.object(admin.get("api/matters/" + matterId));
      List<JsonObject> documents = restored.getJsonArray("documents").getValuesAs(JsonObject.class);
      for (Answered a : before) {
        JsonObject d =
            documents.stream()
                .filter(x -> x.getJsonNumber("id").longValue() == a.id())
                .findFirst()
                .orElseThrow(
                    () ->
                        new AssertionError(
                            "document " + a.id() + " was answered before the backup"));
        assertEquals(a.sha256(), d.getString("sha256"));
      }
      for (JsonObject d : documents) {
        HttpResponse<byte[]> original =
            admin.getBytes("api/documents/" + d.getJsonNumber("id") + "/original");
        assertEquals(200, original.statusCode(), d.toString());
        assertEquals(d.getString("sha256"), sha256(original.body()), d.getString("title"));
      }
      assertEquals(
          "OpenAI",
          Api.array(admin.get("api/documents/" + note + "/annotations"))
              .getJsonObject(0)
              .getString("quote"));
    } finally {
      deleteTree(data);
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
