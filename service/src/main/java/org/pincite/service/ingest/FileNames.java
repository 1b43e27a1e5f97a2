package org.pincite.service.ingest;

/**
 * File names as users, mail clients and archives send them: the one place where they are cleaned. A
 * name a part or an archive entry carries is first cut to its last path segment ({@link
 * #leafName}); every name is then kept as given for display (pages escape them), but with path
 * separators and control characters replaced ({@link #safe}), so that no name ever reads as a path.
 */
public final class FileNames {
  private static final int MAX = 255;

  private FileNames() {}

  /** The name to store and show: never blank, at most 255 characters, no separators or controls. */
  public static String safe(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> out.appendCodePoint(c == '/' || c == '\\' || Character.isISOControl(c) ? '_' : c));
    String cleaned = out.toString().replaceAll("^\\.+", "_");
    if (cleaned.isBlank()) {
      return "unnamed";
    }
    return cleaned.length() <= MAX ? cleaned : cleaned.substring(0, MAX);
  }

  /**
   * The file's own name from a name that may carry folders ("C:\\scans\\a.pdf", "dir/a.pdf"):
   * control characters dropped, the last path segment, stripped; null when nothing (or only "." or
   * "..") is left.
   */
  public static String leafName(String name) {
    if (name == null) {
      return null;
    }
    String clean = name.replaceAll("[\\p{Cntrl}]", "").strip();
    int slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
    clean = clean.substring(slash + 1).strip();
    return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? null : clean;
  }
}
