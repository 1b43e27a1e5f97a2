package org.pincite.service.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;
import org.pincite.service.ingest.ExtractionResult.Unpacked;

/**
 * The files in a ZIP archive and in the archives inside it, all within one {@link ArchiveBudget}.
 * The central directory is read first: an entry whose declared size would spend the budget, or that
 * declares more than the ratio, is not inflated at all; the others are inflated counting the bytes
 * as they come (declared sizes can lie). When the budget is spent the unpacking stops: what was
 * taken is kept and the reason says where it stopped. Folders inside the archive are flattened to
 * file names ({@link FileNames#leafName}).
 */
public final class ZipUnpacker {
  /** An archive that cannot be read at all says why. */
  public static class UnsafeArchiveException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsafeArchiveException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final long SMALL = 1024 * 1024; // any entry may expand to this much

  private final ArchiveBudget budget;

  public ZipUnpacker(ArchiveBudget budget) {
    this.budget = budget;
  }

  /** The upload's archive, unpacked with the nested archives in it. */
  public Unpacked unpack(byte[] zip) throws IOException {
    return unpack(zip, "", 1);
  }

  private Unpacked unpack(byte[] zip, String path, int depth) throws IOException {
    List<ContainedFile> files = new ArrayList<>();
    try (ZipFile archive =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      byte[] buffer = new byte[64 * 1024];
      for (Enumeration<ZipArchiveEntry> entries = archive.getEntries();
          entries.hasMoreElements() && budget.stopped() == null; ) {
        ZipArchiveEntry entry = entries.nextElement();
        String where = path + entry.getName();
        if (!budget.takeEntry(where)) {
          break;
        }
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content = inflate(archive, entry, where, buffer);
        if (content == null) {
          break;
        }
        String name = FileNames.leafName(entry.getName());
        if (name == null || name.startsWith("__MACOSX") || name.equals(".DS_Store")) {
          continue;
        }
        budget.fileTaken();
        files.add(nested(name, content, where, depth));
      }
    } catch (IOException | RuntimeException e) {
      if (depth == 1) {
        throw new UnsafeArchiveException("The archive cannot be read: " + e.getMessage(), e);
      }
      return new Unpacked(files, "The archive cannot be read: " + e.getMessage());
    }
    return new Unpacked(files, budget.stopped());
  }

  /**
   * The files of an archive read as one whole, a received production's volume: every entry by its
   * path inside the archive (forward slashes, folders kept), within the same budget as any upload's
   * archives but without unpacking the archives inside (a volume's native ZIP stays a file). A
   * volume is all or nothing: past the budget, or unreadable, it is refused with where it stopped.
   */
  public java.util.Map<String, byte[]> entries(byte[] zip) throws IOException {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    try (ZipFile archive =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      byte[] buffer = new byte[64 * 1024];
      for (Enumeration<ZipArchiveEntry> all = archive.getEntries(); all.hasMoreElements(); ) {
        ZipArchiveEntry entry = all.nextElement();
        if (!budget.takeEntry(entry.getName())) {
          break;
        }
        String path = entry.getName().replace('\\', '/').replaceAll("[\\p{Cntrl}]", "");
        if (entry.isDirectory()
            || path.startsWith("__MACOSX/")
            || path.endsWith("/.DS_Store")
            || path.equals(".DS_Store")) {
          continue;
        }
        byte[] content = inflate(archive, entry, entry.getName(), buffer);
        if (content == null) {
          break;
        }
        budget.fileTaken();
        files.put(path.replaceAll("^/+", ""), content);
      }
    } catch (IOException | RuntimeException e) {
      throw new UnsafeArchiveException("The archive cannot be read: " + e.getMessage(), e);
    }
    if (budget.stopped() != null) {
      throw new UnsafeArchiveException(
          budget
              .stopped()
              .replaceFirst(" The original is kept;.*$", " Nothing of the volume was stored."),
          null);
    }
    return files;
  }

  /** An archive inside is unpacked within the same budget, down to the budget's depth. */
  private ContainedFile nested(String name, byte[] content, String where, int depth)
      throws IOException {
    if (!MediaTypeDetector.ZIP.equals(MediaTypeDetector.detect(content, name))) {
      return new ContainedFile(name, content);
    }
    if (depth >= budget.maxDepth()) {
      return new ContainedFile(
          name,
          content,
          new Unpacked(
              List.of(),
              "Not unpacked: archives nest here more than "
                  + budget.maxDepth()
                  + " deep; the original is kept."));
    }
    if (budget.stopped() != null) {
      return new ContainedFile(name, content, new Unpacked(List.of(), budget.stopped()));
    }
    return new ContainedFile(name, content, unpack(content, where + "/", depth + 1));
  }

  /** The entry's bytes, or null when the budget stopped the unpacking at it. */
  private byte[] inflate(ZipFile archive, ZipArchiveEntry entry, String where, byte[] buffer)
      throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 1024);
    long allowed = Math.max(compressed * budget.maxRatio(), SMALL);
    String bomb = "it expands more than " + budget.maxRatio() + " times its compressed size";
    long declared = entry.getSize();
    if (declared > allowed) {
      budget.stop(where, bomb + ", by the archive's own directory");
      return null;
    }
    if (declared > budget.bytesLeft()) {
      budget.stop(
          where, "its declared size of " + declared + " bytes is more than the budget left");
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long size = 0;
    try (InputStream in = archive.getInputStream(entry)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        size += n;
        if (size > allowed) {
          budget.stop(where, bomb);
          return null;
        }
        if (!budget.takeBytes(where, n)) {
          return null;
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }
}
