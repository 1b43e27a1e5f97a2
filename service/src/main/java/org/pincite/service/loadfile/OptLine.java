package org.pincite.service.loadfile;

/**
 * One page image of an Opticon OPT: {@code ImageKey,Volume,Path,DocBreak,FolderBreak,BoxBreak,
 * PageCount}. A document's first page has {@code documentBreak} and its {@code pageCount}; the
 * other pages have neither (pageCount null). {@code path} is as the file has it (relative to the
 * load file, usually with backslashes: {@link VolumePath} reads it). {@code line} is 1-based (0 for
 * a line not read from a file).
 */
public record OptLine(
    int line,
    String imageKey,
    String volume,
    String path,
    boolean documentBreak,
    boolean folderBreak,
    boolean boxBreak,
    Integer pageCount) {
  /** A document's first page. */
  public static OptLine firstPage(String imageKey, String volume, String path, int pageCount) {
    return new OptLine(0, imageKey, volume, path, true, false, false, pageCount);
  }

  /** A page after a document's first. */
  public static OptLine nextPage(String imageKey, String volume, String path) {
    return new OptLine(0, imageKey, volume, path, false, false, false, null);
  }
}
