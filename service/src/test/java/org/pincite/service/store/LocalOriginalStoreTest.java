package org.pincite.service.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.Corpus;

class LocalOriginalStoreTest {
  @TempDir Path dir;

  @Test
  void keepsCorpusFilesUnderTheSha256TheManifestGives() throws IOException {
    LocalOriginalStore store = new LocalOriginalStore(dir);
    List<Corpus.Entry> pdfs = Corpus.entries("pdf/").subList(0, 3);
    for (Corpus.Entry entry : pdfs) {
      byte[] bytes = Files.readAllBytes(entry.path());
      StoredBytes stored = CorpusOriginals.storeNew(store, entry);
      assertArrayEquals(bytes, store.read(stored.sha256()));
    }
    try (var incoming = Files.list(dir.resolve("incoming"))) {
      assertEquals(0, incoming.count(), "no temporary files are left behind");
    }
  }

  @Test
  void theSameBytesAreStoredOnce() throws IOException {
    LocalOriginalStore store = new LocalOriginalStore(dir);
    StoredBytes first = store.store(new ByteArrayInputStream("same".getBytes()));
    StoredBytes second = store.store(new ByteArrayInputStream("same".getBytes()));
    assertEquals(first.sha256(), second.sha256());
    assertTrue(second.alreadyStored());
    assertTrue(store.contains(first.sha256()));
  }

  @Test
  void readingAnAlteredOrMissingOriginalIsAnError() throws IOException {
    LocalOriginalStore store = new LocalOriginalStore(dir);
    StoredBytes stored = store.store(new ByteArrayInputStream("Exhibit 12, page 4".getBytes()));
    Path file;
    try (var files = Files.walk(dir)) {
      file =
          files
              .filter(p -> p.getFileName().toString().equals(stored.sha256()))
              .findFirst()
              .orElseThrow();
    }
    file.toFile().setWritable(true);
    Files.writeString(file, "Exhibit 12, page 5");
    OriginalIntegrityException altered =
        assertThrows(OriginalIntegrityException.class, () -> store.read(stored.sha256()));
    assertThrows(
        OriginalIntegrityException.class,
        () -> store.verifiedFile(stored.sha256()),
        "no file is handed out unverified");
    assertTrue(altered.getMessage().contains("altered"), altered.getMessage());
    Files.delete(file);
    assertThrows(OriginalIntegrityException.class, () -> store.read(stored.sha256()));
  }
}
