package org.pincite.service.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pincite.domain.document.StoredFile;

/**
 * Content-addressed files on disk: {@code <root>/ab/cd/abcd…} by SHA-256. A file is written to a
 * temporary name, forced to disk and moved into place atomically, so a crash never leaves a
 * half-written original under a hash. Files are never modified; reads verify the hash.
 */
public class OriginalStore {
  private final Path root;
  private final Path incoming;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public OriginalStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve("incoming");
  }

  public Path root() {
    return root;
  }

  /**
   * Keeps the bytes of {@code in} (read to its end, not closed) and answers their hash and size.
   */
  public StoredBytes store(InputStream in) throws IOException {
    Files.createDirectories(incoming);
    Path temp = incoming.resolve(UUID.randomUUID() + ".part");
    MessageDigest digest = sha256();
    long size = 0;
    try {
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        DigestInputStream hashing = new DigestInputStream(in, digest);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = hashing.read(buffer)) != -1; ) {
          out.write(buffer, 0, n);
          size += n;
        }
        out.flush();
        channel.force(true);
      }
      String sha256 = HexFormat.of().formatHex(digest.digest());
      Path target = pathOf(sha256);
      if (Files.exists(target)) {
        return new StoredBytes(sha256, size, true);
      }
      Files.createDirectories(target.getParent());
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        return new StoredBytes(sha256, size, true); // the same bytes arrived at the same moment
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "The originals directory " + root + " does not support atomic moves", e);
      }
      target.toFile().setReadOnly();
      return new StoredBytes(sha256, size, false);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The hashes of every original on disk (not those still being written). */
  public List<String> storedHashes() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root, 3)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> root.relativize(f).getNameCount() == 3)
          .map(f -> f.getFileName().toString())
          .filter(name -> SHA256.matcher(name).matches())
          .sorted()
          .toList();
    }
  }

  /**
   * Removes the parts of uploads that were still being written when the server stopped (their
   * request was never answered); answers how many.
   */
  public int clearUnfinished() throws IOException {
    if (!Files.isDirectory(incoming)) {
      return 0;
    }
    int cleared = 0;
    try (Stream<Path> parts = Files.list(incoming)) {
      for (Path part : parts.toList()) {
        if (Files.deleteIfExists(part)) {
          cleared++;
        }
      }
    }
    return cleared;
  }

  /**
   * Moves an original no row refers to (stored by an upload that never committed) out of the store
   * into {@code aside}, never deleting it: the bytes stay until a person decides.
   */
  public void setAside(String sha256, Path aside) throws IOException {
    Files.createDirectories(aside);
    Path target = aside.resolve(StoredFile.checkedSha256(sha256));
    if (Files.exists(target)) {
      Files.delete(pathOf(sha256)); // the same bytes were set aside before
    } else {
      Files.move(pathOf(sha256), target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  /**
   * The original's bytes as a stream that checks the hash when it reaches the end: the last read
   * throws {@link OriginalIntegrityException} if the bytes were changed on disk.
   */
  public InputStream open(String sha256) throws IOException {
    Path file = pathOf(sha256);
    if (!Files.isRegularFile(file)) {
      throw new OriginalIntegrityException("The original " + sha256 + " is missing from " + root);
    }
    MessageDigest digest = sha256();
    return new FilterInputStream(new DigestInputStream(Files.newInputStream(file), digest)) {
      private boolean checked;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b == -1) {
          check();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n == -1) {
          check();
        }
        return n;
      }

      private void check() throws OriginalIntegrityException {
        if (!checked) {
          checked = true;
          String actual = HexFormat.of().formatHex(digest.digest());
          if (!actual.equals(sha256)) {
            throw new OriginalIntegrityException(
                "The original filed under "
                    + sha256
                    + " has been altered on disk: its bytes now hash to "
                    + actual);
          }
        }
      }
    };
  }

  /**
   * The original's file, after its bytes were read once (streaming) and found to hash to {@code
   * sha256}: for readers such as PDFBox that work on a file without loading it whole. The file is
   * read-only.
   */
  public Path verifiedFile(String sha256) throws IOException {
    try (InputStream in = open(sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return pathOf(sha256);
  }

  /** The whole original, verified before it is returned. */
  public byte[] read(String sha256) throws IOException {
    try (InputStream in = open(sha256)) {
      return in.readAllBytes();
    }
  }

  private Path pathOf(String sha256) {
    String hash = StoredFile.checkedSha256(sha256);
    return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
