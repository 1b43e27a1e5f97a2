package org.pincite.service.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;

/**
 * The files in a ZIP archive, read as a stream with limits that stop a ZIP bomb before it fills
 * memory: how many entries, how many bytes in all, and how far one entry may expand beyond its
 * compressed size. Folders inside the archive are flattened to file names ({@link
 * FileNames#leafName}).
 */
public final class ZipUnpacker {
  /** Refused archives say why. */
  public static class UnsafeArchiveException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsafeArchiveException(String message) {
      super(message);
    }
  }

  private final int maxEntries;
  private final long maxTotalBytes;
  private final int maxRatio;

  public ZipUnpacker(int maxEntries, long maxTotalBytes, int maxRatio) {
    this.maxEntries = maxEntries;
    this.maxTotalBytes = maxTotalBytes;
    this.maxRatio = maxRatio;
  }

  public List<ContainedFile> unpack(byte[] zip) throws IOException {
    List<ContainedFile> files = new ArrayList<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (++entries > maxEntries) {
          throw new UnsafeArchiveException(
              "The archive holds more than " + maxEntries + " entries");
        }
        if (entry.isDirectory()) {
          continue;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long size = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
          size += n;
          total += n;
          if (total > maxTotalBytes) {
            throw new UnsafeArchiveException(
                "The archive expands to more than " + maxTotalBytes / (1024 * 1024) + " MB");
          }
          long compressed = Math.max(entry.getCompressedSize(), 1024);
          if (size > compressed * maxRatio && size > 1024 * 1024) {
            throw new UnsafeArchiveException(
                "'"
                    + entry.getName()
                    + "' expands more than "
                    + maxRatio
                    + " times its compressed size (a ZIP bomb?)");
          }
          out.write(buffer, 0, n);
        }
        String name = FileNames.leafName(entry.getName());
        if (name != null && !name.startsWith("__MACOSX") && !name.equals(".DS_Store")) {
          files.add(new ContainedFile(name, out.toByteArray()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("The archive's entry names cannot be read: " + e.getMessage(), e);
    }
    return files;
  }
}
