package org.pincite.service.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An original to read: a verified file in the originals store (read into memory only by formats
 * that need all of it; PDFs are read from disk page by page), or bytes already in memory; and the
 * password the user gave for this one reading, null when none.
 */
public final class Original {
  private final Path file;
  private final byte[] content;
  private final String password;
  private final OcrWatch ocr;

  private Original(Path file, byte[] content, String password, OcrWatch ocr) {
    this.file = file;
    this.content = content;
    this.password = password;
    this.ocr = ocr;
  }

  public static Original ofFile(Path file, String password) {
    return new Original(Objects.requireNonNull(file, "file"), null, password, OcrWatch.NONE);
  }

  /** The bytes are not copied: do not change them. */
  public static Original ofBytes(byte[] content, String password) {
    return new Original(null, Objects.requireNonNull(content, "content"), password, OcrWatch.NONE);
  }

  /** The file on disk, when the original is one. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The whole original (read from disk each time it is asked for, when it is a file). */
  public byte[] bytes() throws IOException {
    return content != null ? content : Files.readAllBytes(file);
  }

  /** The same original, its OCR (if it needs one) answering to {@code watch}. */
  public Original watchedBy(OcrWatch watch) {
    return new Original(file, content, password, Objects.requireNonNull(watch, "watch"));
  }

  /** What OCR of this original answers to: its budget, progress and cancel. */
  public OcrWatch ocr() {
    return ocr;
  }

  /** The password to open it with, or null. */
  public String password() {
    return password;
  }
}
