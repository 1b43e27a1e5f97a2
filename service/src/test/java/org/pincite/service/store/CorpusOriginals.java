package org.pincite.service.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.pincite.service.Corpus;

/** What every originals store must do with a file of the shared corpus, whatever it stores in. */
final class CorpusOriginals {
  private CorpusOriginals() {}

  /** Stores the file, new to the store, and checks it is filed under the manifest's SHA-256. */
  static StoredBytes storeNew(OriginalStore store, Corpus.Entry entry) throws IOException {
    StoredBytes stored;
    try (InputStream in = Files.newInputStream(entry.path())) {
      stored = store.store(in);
    }
    assertEquals(entry.sha256(), stored.sha256(), entry.file());
    assertEquals(entry.bytes(), stored.size());
    assertFalse(stored.alreadyStored());
    return stored;
  }
}
