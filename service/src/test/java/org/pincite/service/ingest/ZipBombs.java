package org.pincite.service.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Hostile archives for the tests, built here (fiction). Deflating gigabytes of zeros takes a
 * minute; a deflate stream flushed in full after each chunk starts afresh, so one chunk's
 * compressed bytes repeated N times are the deflated stream of N chunks of zeros: an archive of
 * gigabytes in the time of its CRC.
 */
final class ZipBombs {
  private static final int CHUNK = 16 * 1024 * 1024;

  private ZipBombs() {}

  /** A ZIP of one deflated entry {@code name} of {@code chunks} × 16 MiB of zeros. */
  static byte[] zeros(String name, int chunks) throws IOException {
    return zeros(name, chunks, (long) CHUNK * chunks);
  }

  /** As {@link #zeros(String, int)}, its directory declaring {@code declaredSize} (a lie). */
  static byte[] zeros(String name, int chunks, long declaredSize) throws IOException {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] zeros = new byte[CHUNK];
    deflater.setInput(zeros);
    byte[] buffer = new byte[CHUNK];
    int length = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
    byte[] chunk = java.util.Arrays.copyOf(buffer, length);
    deflater.finish();
    int tailLength = deflater.deflate(buffer);
    byte[] tail = java.util.Arrays.copyOf(buffer, tailLength);
    deflater.end();
    CRC32 crc = new CRC32();
    for (int i = 0; i < chunks; i++) {
      crc.update(zeros);
    }
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    entry.setSize(declaredSize);
    entry.setCompressedSize((long) chunk.length * chunks + tail.length);
    entry.setCrc(crc.getValue());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      zip.setUseZip64(Zip64Mode.AsNeeded);
      InputStream[] parts = new InputStream[chunks + 1];
      for (int i = 0; i < chunks; i++) {
        parts[i] = new java.io.ByteArrayInputStream(chunk);
      }
      parts[chunks] = new java.io.ByteArrayInputStream(tail);
      zip.addRawArchiveEntry(
          entry, new SequenceInputStream(Collections.enumeration(java.util.List.of(parts))));
    }
    return out.toByteArray();
  }

  /**
   * Archives in archives: {@code width} entries at each of {@code depth} levels, the innermost
   * small text files; width^depth files in all from a few kilobytes.
   */
  static byte[] nested(int width, int depth) throws IOException {
    byte[] inner = null;
    for (int level = depth; level >= 1; level--) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
        for (int i = 1; i <= width; i++) {
          if (inner == null) {
            zip.putNextEntry(new ZipEntry("note-" + level + "-" + i + ".txt"));
            zip.write(("Fiction: note " + i + " at level " + level + ".\n").getBytes());
          } else {
            zip.putNextEntry(new ZipEntry("box-" + level + "-" + i + ".zip"));
            zip.write(inner);
          }
          zip.closeEntry();
        }
      }
      inner = out.toByteArray();
    }
    return inner;
  }
}
