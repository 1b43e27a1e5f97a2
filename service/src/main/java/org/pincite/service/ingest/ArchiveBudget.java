package org.pincite.service.ingest;

import java.util.Locale;

/**
 * One budget for every archive of one upload, nested archives included: how many entries may be
 * unpacked in all, how many bytes they may expand to in all, how far one entry may expand beyond
 * its compressed size, and how deep archives may nest. Limits per archive would multiply (26 KB of
 * nested ZIPs made 205 documents); one budget for the upload cannot. Spent as the unpacking goes,
 * by one thread.
 */
public final class ArchiveBudget {
  private final int maxEntries;
  private final long maxBytes;
  private final int maxRatio;
  private final int maxDepth;
  private int entries;
  private long bytes;
  private int files;
  private String stopped;

  public ArchiveBudget(int maxEntries, long maxBytes, int maxRatio, int maxDepth) {
    if (maxEntries < 1 || maxBytes < 1 || maxRatio < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("An archive budget's limits must be positive");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.maxRatio = maxRatio;
    this.maxDepth = maxDepth;
  }

  public int maxRatio() {
    return maxRatio;
  }

  public int maxDepth() {
    return maxDepth;
  }

  /** Counts one more entry; false (and stopped) when the budget of entries is spent. */
  boolean takeEntry(String path) {
    if (entries >= maxEntries) {
      stop(path, "one entry more than the budget allows");
      return false;
    }
    entries++;
    return true;
  }

  long bytesLeft() {
    return maxBytes - bytes;
  }

  /** Counts {@code n} more expanded bytes; false (and stopped) past the budget of bytes. */
  boolean takeBytes(String path, long n) {
    if (n > bytesLeft()) {
      stop(path, "it would expand past the budget of bytes");
      return false;
    }
    bytes += n;
    return true;
  }

  void fileTaken() {
    files++;
  }

  /** Stops the unpacking at {@code path}, saying why; the first stop is the one reported. */
  void stop(String path, String why) {
    if (stopped == null) {
      stopped =
          "The archive expands beyond the upload budget of "
              + String.format(Locale.ROOT, "%,d", maxEntries)
              + " entries / "
              + megabytes(maxBytes)
              + ": stopped at '"
              + path
              + "' ("
              + why
              + ") after "
              + String.format(Locale.ROOT, "%,d", entries)
              + (entries == 1 ? " entry and " : " entries and ")
              + megabytes(bytes)
              + ". The original is kept; the "
              + String.format(Locale.ROOT, "%,d", files)
              + (files == 1 ? " file" : " files")
              + " taken within the budget are documents below, the rest was not unpacked.";
    }
  }

  /** Why the unpacking stopped, or null while it has not. */
  String stopped() {
    return stopped;
  }

  private static String megabytes(long n) {
    return String.format(Locale.ROOT, "%,.1f MB", n / (1024.0 * 1024.0)).replace(".0 MB", " MB");
  }
}
