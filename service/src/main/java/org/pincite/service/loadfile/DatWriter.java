package org.pincite.service.loadfile;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * Writes a Concordance DAT as Pincite sends them: UTF-8 with a byte-order mark, the header row
 * first, U+0014 between fields, each value in þ with a þ inside doubled, a line break inside a
 * value as ®, and CRLF after every record. Closing the writer closes the stream.
 */
public final class DatWriter extends LoadFileWriter {
  private final DatDelimiters delimiters = DatDelimiters.CONCORDANCE;
  private final int fields;

  /** Starts a DAT on {@code stream} with the field names {@code header}. */
  public DatWriter(OutputStream stream, List<String> header) throws IOException {
    super(stream);
    if (header == null || header.isEmpty()) {
      throw new IllegalArgumentException("A DAT needs at least one field");
    }
    this.fields = header.size();
    writeRecord(header);
  }

  /** Writes one record: as many values as the header has fields (null is empty). */
  public void write(List<String> values) throws IOException {
    if (values.size() != fields) {
      throw new IllegalArgumentException(
          values.size() + " values for a DAT of " + fields + " fields");
    }
    writeRecord(values);
  }

  /** Several values of one field, as a multi-value field holds them ("a; b; c"). */
  public static String multi(Collection<String> values) {
    return String.join(DatDelimiters.CONCORDANCE.multiValue() + " ", values);
  }

  private void writeRecord(List<String> values) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(delimiters.field());
      }
      line.append(delimiters.quote()).append(escape(values.get(i))).append(delimiters.quote());
    }
    writeLine(line.toString());
  }

  private String escape(String value) {
    if (value == null) {
      return "";
    }
    String q = String.valueOf(delimiters.quote());
    return value
        .replace(q, q + q)
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\n', delimiters.newline());
  }
}
