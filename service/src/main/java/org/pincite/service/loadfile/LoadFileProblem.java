package org.pincite.service.loadfile;

/**
 * Something wrong with one line of a load file: {@code line} is the 1-based physical line where the
 * record starts (0 for the file as a whole).
 */
public record LoadFileProblem(int line, Code code, String message) {
  /** What kind of problem; stable names that the API shows. */
  public enum Code {
    /** The file holds nothing but perhaps a byte-order mark. */
    EMPTY_FILE,
    /** The DAT's first line holds values, not field names. */
    MISSING_HEADER,
    /** A record has more or fewer fields than the header. */
    FIELD_COUNT,
    /** Bytes the file's encoding could not decode (shown as U+FFFD). */
    UNDECODABLE,
    /** A quoted value never closed before the end of the file. */
    UNCLOSED_QUOTE,
    /** An OPT line that is not {@code ImageKey,Volume,Path,DocBreak,...,PageCount}. */
    BAD_IMAGE_LINE
  }

  @Override
  public String toString() {
    return "line " + line + ": " + code + ": " + message;
  }
}
