package org.pincite.service.ingest;

import java.util.List;

/**
 * What reading a file gave: its text (or why not), and the files it contained (attachments,
 * messages).
 */
public record ExtractionResult(ExtractionOutcome outcome, List<ContainedFile> contained) {
  /**
   * A file inside another: an email's attachment or forwarded message, a message of a mailbox, a
   * file of an archive. {@code unpacked} is null for a file still to be read; for an archive
   * already unpacked within its upload's budget (or left packed, with the reason), what it gave, so
   * that it is not unpacked again with a budget of its own.
   */
  public record ContainedFile(String fileName, byte[] content, Unpacked unpacked) {
    public ContainedFile(String fileName, byte[] content) {
      this(fileName, content, null);
    }
  }

  /**
   * What unpacking an archive gave: the files taken, and {@code stopped}, null when every entry was
   * taken, else why the unpacking stopped (or never began) and what was kept.
   */
  public record Unpacked(List<ContainedFile> files, String stopped) {
    public Unpacked {
      files = List.copyOf(files);
    }

    /** The one line of text an archive's document holds. */
    public String summary() {
      return "Archive of "
          + files.size()
          + (files.size() == 1 ? " file" : " files")
          + "; each is a document of its own below.\n";
    }
  }

  public ExtractionResult {
    contained = List.copyOf(contained);
  }

  public static ExtractionResult of(ExtractionOutcome outcome) {
    return new ExtractionResult(outcome, List.of());
  }
}
