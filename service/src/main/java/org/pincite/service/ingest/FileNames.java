package org.pincite.service.ingest;

/**
 * File names as users and mail clients send them: kept as given for display (pages escape them),
 * but with path separators and control characters replaced, so that no name ever reads as a path.
 */
public final class FileNames {
  private static final int MAX = 255;

  private FileNames() {}

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
}
