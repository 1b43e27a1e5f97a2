package org.pincite.service.store;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pincite.domain.document.StoredFile;

/**
 * Content-addressed files on disk: {@code <root>/ab/cd/abcd…} by SHA-256. A file is written to a
 * temporary name, forced to disk and moved into place atomically, so a crash never leaves a
 * half-written original under a hash. Files are never modified; reads verify the hash. The default
 * store (PINCITE_ORIGINALS_STORE=directory), also right for a directory every server mounts.
 */
public class LocalOriginalStore implements OriginalStore {
  private final Path root;
  private final Path incoming;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public LocalOriginalStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve("incoming");
  }

  public Path root() {
    return root;
  }

  @Override
  public String location() {
    return root.toString();
  }

  @Override
  public StoredBytes store(InputStream in) throws IOException {
    Files.createDirectories(incoming);
    Path temp = incoming.resolve(UUID.randomUUID() + ".part");
    MessageDigest digest = VerifyingInputStream.sha256();
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

  @Override
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

  @Override
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

  @Override
  public void setAside(String sha256, Path aside) throws IOException {
    Files.createDirectories(aside);
    Path target = aside.resolve(StoredFile.checkedSha256(sha256));
    if (Files.exists(target)) {
      Files.delete(pathOf(sha256)); // the same bytes were set aside before
    } else {
      Files.move(pathOf(sha256), target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  @Override
  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    Path file = pathOf(sha256);
    if (!Files.isRegularFile(file)) {
      throw new OriginalIntegrityException("The original " + sha256 + " is missing from " + root);
    }
    return new VerifyingInputStream(Files.newInputStream(file), sha256, "on disk");
  }

  @Override
  public Path verifiedFile(String sha256) throws IOException {
    try (InputStream in = open(sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return pathOf(sha256);
  }

  /**
   * Originals never change: a hard link is a copy that costs nothing (a copy where none can be).
   */
  @Override
  public void copyTo(String sha256, Path target) throws IOException {
    Path from = pathOf(sha256);
    try {
      Files.createLink(target, from);
    } catch (IOException | UnsupportedOperationException notLinkable) {
      Files.copy(from, target);
    }
  }

  @Override
  public Status status() {
    // The store makes its directory on the first upload; until then its parent must be writable.
    Path writable = Files.isDirectory(root) ? root : root.getParent();
    boolean up = writable != null && Files.isDirectory(writable) && Files.isWritable(writable);
    return up
        ? new Status(
            true,
            Map.of("directory", root.toString(), "freeBytes", writable.toFile().getUsableSpace()))
        : new Status(
            false,
            Map.of(
                "directory",
                root.toString(),
                "reason",
                writable + " is not a directory Pincite can write to"));
  }

  private Path pathOf(String sha256) {
    String hash = StoredFile.checkedSha256(sha256);
    return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
  }
}
