package org.pincite.service.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.Corpus;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The originals store on S3-compatible object storage, against a real s3rver process (npm) that the
 * test starts and stops: the store's credentials come from the environment (AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY, which the build sets to s3rver's), the corpus's files are kept under the
 * SHA-256 the manifest gives, and every read checks the hash, as on disk.
 */
class S3OriginalStoreIT {
  private static final String BUCKET = "pincite-originals";
  private static S3rver server;
  private static S3Client raw;
  private static Path data;

  @TempDir Path local;
  private S3OriginalStore store;
  private String prefix;

  @BeforeAll
  static void startS3rver() throws Exception {
    data = Files.createTempDirectory("s3rver-data");
    server = S3rver.start(data);
    // A client of the test's own, to make the bucket and to tamper with objects behind the store.
    raw =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(server.endpoint()))
            .forcePathStyle(true)
            .serviceConfiguration(
                software.amazon.awssdk.services.s3.S3Configuration.builder()
                    .chunkedEncodingEnabled(false)
                    .build())
            .httpClientBuilder(
                software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
            .build();
    raw.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterAll
  static void stopS3rver() throws Exception {
    if (raw != null) {
      raw.close();
    }
    if (server != null) {
      server.close();
    }
    if (data != null) {
      try (var files = Files.walk(data)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  @BeforeEach
  void connect() {
    // Each test its own prefix in the one bucket, as two installations would share it.
    prefix = "t" + System.nanoTime() + "/originals/";
    store =
        S3OriginalStore.connect(
            BUCKET, prefix, Optional.of(server.endpoint()), "us-east-1", local.resolve("cache"));
  }

  /** Another server of the same installation: the same bucket and prefix, its own directory. */
  private S3OriginalStore otherServer(String directory) {
    return S3OriginalStore.connect(
        BUCKET, prefix, Optional.of(server.endpoint()), "us-east-1", local.resolve(directory));
  }

  private String keyOf(String sha256) {
    return prefix + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
  }

  @Test
  void keepsCorpusFilesUnderTheSha256TheManifestGivesAndReadsThemBack() throws IOException {
    List<Corpus.Entry> pdfs = Corpus.entries("pdf/").subList(0, 3);
    for (Corpus.Entry entry : pdfs) {
      StoredBytes stored = CorpusOriginals.storeNew(store, entry);
      assertTrue(store.contains(entry.sha256()));
      assertEquals(
          entry.bytes(),
          raw.headObject(b -> b.bucket(BUCKET).key(keyOf(entry.sha256()))).contentLength(),
          "the object under the content-addressed key holds the file");
      assertArrayEquals(Files.readAllBytes(entry.path()), store.read(stored.sha256()));
    }
    assertEquals(pdfs.stream().map(Corpus.Entry::sha256).sorted().toList(), store.storedHashes());
    try (var incoming = Files.list(local.resolve("cache/incoming"))) {
      assertEquals(0, incoming.count(), "no spooled parts are left behind");
    }
  }

  @Test
  void theSameBytesAreStoredOnceAcrossServers() throws IOException {
    StoredBytes first = store.store(new ByteArrayInputStream(bytes("Roe Decl. ¶ 4")));
    // Another server: the same bucket and prefix, a local directory of its own.
    S3OriginalStore other = otherServer("other");
    StoredBytes second = other.store(new ByteArrayInputStream(bytes("Roe Decl. ¶ 4")));
    assertEquals(first.sha256(), second.sha256());
    assertTrue(second.alreadyStored());
    assertArrayEquals(bytes("Roe Decl. ¶ 4"), other.read(first.sha256()));
    other.close();
  }

  @Test
  void anObjectAlteredInTheBucketOrMissingIsAnErrorOnEveryRead() throws IOException {
    StoredBytes stored = store.store(new ByteArrayInputStream(bytes("Exhibit 12, page 4")));
    Path file = store.verifiedFile(stored.sha256());
    assertArrayEquals(bytes("Exhibit 12, page 4"), Files.readAllBytes(file));
    raw.putObject(
        b -> b.bucket(BUCKET).key(keyOf(stored.sha256())),
        RequestBody.fromBytes(bytes("Exhibit 12, page 5")));
    OriginalIntegrityException altered =
        assertThrows(OriginalIntegrityException.class, () -> store.read(stored.sha256()));
    assertTrue(altered.getMessage().contains("altered in s3://" + BUCKET), altered.getMessage());
    // The local copy handed to PDFBox is checked again too, each time.
    file.toFile().setWritable(true);
    Files.write(file, bytes("Exhibit 12, page 6"));
    assertThrows(OriginalIntegrityException.class, () -> store.verifiedFile(stored.sha256()));

    raw.deleteObject(b -> b.bucket(BUCKET).key(keyOf(stored.sha256())));
    assertFalse(store.contains(stored.sha256()));
    OriginalIntegrityException missing =
        assertThrows(OriginalIntegrityException.class, () -> store.open(stored.sha256()));
    assertTrue(missing.getMessage().contains("is missing from s3://"), missing.getMessage());
  }

  @Test
  void verifiedFilesComeFromTheBucketWhenTheLocalCopyIsGone() throws IOException {
    StoredBytes stored = store.store(new ByteArrayInputStream(bytes("Hr'g Tr. 12:4")));
    // A fresh server has no local copy: the first reader fetches it (verified on the way).
    S3OriginalStore fresh = otherServer("fresh");
    Path file = fresh.verifiedFile(stored.sha256());
    assertTrue(file.startsWith(local.resolve("fresh")));
    assertArrayEquals(bytes("Hr'g Tr. 12:4"), Files.readAllBytes(file));
    fresh.close();
  }

  @Test
  void anUnreferencedObjectIsSetAsideWhenOldEnoughAndABackupCopiesOriginals() throws IOException {
    StoredBytes stored = store.store(new ByteArrayInputStream(bytes("a draft nobody filed")));
    Path aside = local.resolve("unreferenced-originals");
    store.setAside(stored.sha256(), aside);
    assertTrue(store.contains(stored.sha256()), "a young object may be another server's upload");
    store.withoutGrace().setAside(stored.sha256(), aside);
    assertFalse(store.contains(stored.sha256()));
    assertArrayEquals(
        bytes("a draft nobody filed"), Files.readAllBytes(aside.resolve(stored.sha256())));

    StoredBytes kept = store.store(new ByteArrayInputStream(bytes("Compl. ¶ 7")));
    Path copy = local.resolve("backup-copy");
    store.copyTo(kept.sha256(), copy);
    assertArrayEquals(bytes("Compl. ¶ 7"), Files.readAllBytes(copy));
  }

  @Test
  void theHealthCheckSaysWhetherTheBucketAnswers() {
    OriginalStore.Status up = store.status();
    assertTrue(up.up(), up.data().toString());
    assertEquals(BUCKET, up.data().get("bucket"));
    try (S3OriginalStore nowhere =
        S3OriginalStore.connect(
            "no-such-bucket", "", Optional.of(server.endpoint()), "us-east-1", local)) {
      OriginalStore.Status down = nowhere.status();
      assertFalse(down.up());
      assertTrue(down.data().containsKey("reason"), down.data().toString());
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
