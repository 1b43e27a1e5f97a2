package org.pincite.service.loadfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One record of a DAT: its values in the header's order, line breaks already restored ({@code \n}),
 * and the physical line it starts on (1-based).
 */
public record DatRecord(int line, List<String> header, List<String> values, char multiValue) {
  public DatRecord {
    header = List.copyOf(header);
    values = List.copyOf(values);
  }

  /**
   * The value of the field named {@code field} (any case, spaces and underscores ignored: "Beg
   * Bates" is BEGBATES); null when the header has no such field or this record is too short for it.
   * An empty value is "".
   */
  public String value(String field) {
    int i = indexOf(header, field);
    return i < 0 || i >= values.size() ? null : values.get(i);
  }

  /** The value of {@code field} split at the multi-value delimiter, each trimmed, none blank. */
  public List<String> values(String field) {
    String v = value(field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (String part : v.split(java.util.regex.Pattern.quote(String.valueOf(multiValue)))) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * The position of {@code field} in {@code header} as {@link #value} matches names; -1 if none.
   */
  public static int indexOf(List<String> header, String field) {
    String wanted = key(field);
    for (int i = 0; i < header.size(); i++) {
      if (key(header.get(i)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static String key(String name) {
    return name.replaceAll("[\\s_\\-]", "").toUpperCase(Locale.ROOT);
  }
}
