package org.pincite.service.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the originals are kept, byte for byte, each under its SHA-256, written once and checked
 * against its hash whenever it is read. Two kinds, chosen by PINCITE_ORIGINALS_STORE: a directory
 * ({@link LocalOriginalStore}, the default; also a directory every server mounts) and S3-compatible
 * object storage ({@link S3OriginalStore}) that every server of a cluster reads.
 */
public interface OriginalStore {

  /** Where the store is, for messages: a directory, or {@code s3://bucket/prefix}. */
  String location();

  /**
   * Keeps the bytes of {@code in} (read to its end, not closed) and answers their hash and size;
   * the same bytes stored before are not stored twice ({@link StoredBytes#alreadyStored()}).
   */
  StoredBytes store(InputStream in) throws IOException;

  /** The hashes of every original kept (not those still being written). */
  List<String> storedHashes() throws IOException;

  /**
   * Removes the parts of uploads that were still being written when the server stopped (their
   * request was never answered); answers how many.
   */
  int clearUnfinished() throws IOException;

  /**
   * Moves an original no row refers to (stored by an upload that never committed) out of the store
   * into the directory {@code aside}, never deleting it: the bytes stay until a person decides.
   */
  void setAside(String sha256, Path aside) throws IOException;

  boolean contains(String sha256) throws IOException;

  /**
   * The original's bytes as a stream that checks the hash when it reaches the end: the last read
   * throws {@link OriginalIntegrityException} if the bytes were changed; a missing original throws
   * it at once.
   */
  InputStream open(String sha256) throws IOException;

  /**
   * The original as a local, read-only file, after its bytes were read once (streaming) and found
   * to hash to {@code sha256}: for readers such as PDFBox that work on a file without loading it
   * whole.
   */
  Path verifiedFile(String sha256) throws IOException;

  /** The whole original, verified before it is returned. */
  default byte[] read(String sha256) throws IOException {
    try (InputStream in = open(sha256)) {
      return in.readAllBytes();
    }
  }

  /** Puts a copy of the original at {@code target} (a new file), as a backup keeps it. */
  void copyTo(String sha256, Path target) throws IOException;

  /** Whether the store can take originals now, with what the health check shows about it. */
  Status status();

  /** Up or down, with the details the health check shows (values are strings or numbers). */
  record Status(boolean up, Map<String, Object> data) {}
}
