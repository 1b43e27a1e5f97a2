package org.pincite.service.loadfile;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A DAT as read: its field names ({@code FIELD1}, {@code FIELD2}, … when it has no header row,
 * which is then among the problems), its records, the encoding it was decoded in, its delimiters,
 * and every problem found, by line.
 */
public record DatFile(
    List<String> header,
    List<DatRecord> records,
    Charset charset,
    boolean byteOrderMark,
    DatDelimiters delimiters,
    boolean headerMissing,
    List<LoadFileProblem> problems) {
  public DatFile {
    header = List.copyOf(header);
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /** The encoding as a person reads it ("UTF-8 with BOM", "windows-1252"). */
  public String encoding() {
    return charset.name() + (byteOrderMark ? " with BOM" : "");
  }
}
