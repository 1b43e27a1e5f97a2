package org.pincite.service.loadfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a Concordance DAT in whatever encoding and delimiters it came with. Never throws on a bad
 * file: a missing header row, records whose field count differs from the header's, values the
 * encoding could not decode and a quote left open are reported with their line, and every record is
 * kept as read.
 */
public final class DatReader {
  private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}.*");

  private static final java.util.Set<String> KNOWN_FIELDS =
      java.util.Set.of(
          "BEGBATES",
          "ENDBATES",
          "BEGDOC",
          "ENDDOC",
          "BEGNO",
          "ENDNO",
          "BEGATTACH",
          "ENDATTACH",
          "PRODBEGBATES",
          "PRODENDBATES",
          "CONTROLNUMBER",
          "DOCID",
          "CUSTODIAN",
          "FILENAME",
          "TEXTPATH",
          "NATIVEPATH",
          "PAGECOUNT");

  private DatReader() {}

  /** The DAT in {@code bytes}, its delimiters detected from its first line. */
  public static DatFile read(byte[] bytes) {
    LoadFileEncoding decoded = LoadFileEncoding.decode(bytes);
    String text = decoded.text();
    return read(decoded, DatDelimiters.detect(firstLine(text)));
  }

  /** The DAT in {@code bytes} written with {@code delimiters}. */
  public static DatFile read(byte[] bytes, DatDelimiters delimiters) {
    return read(LoadFileEncoding.decode(bytes), delimiters);
  }

  private static DatFile read(LoadFileEncoding decoded, DatDelimiters delimiters) {
    List<LoadFileProblem> problems = new ArrayList<>();
    List<RawRecord> raw = split(decoded.text(), delimiters, problems);
    if (raw.isEmpty()) {
      problems.add(
          new LoadFileProblem(0, LoadFileProblem.Code.EMPTY_FILE, "The load file holds no lines"));
      return new DatFile(
          List.of(),
          List.of(),
          decoded.charset(),
          decoded.byteOrderMark(),
          delimiters,
          true,
          problems);
    }
    RawRecord first = raw.get(0);
    boolean headerMissing = !looksLikeHeader(first.values);
    List<String> header = new ArrayList<>();
    if (headerMissing) {
      for (int i = 1; i <= first.values.size(); i++) {
        header.add("FIELD" + i);
      }
      problems.add(
          new LoadFileProblem(
              first.line,
              LoadFileProblem.Code.MISSING_HEADER,
              "The first line holds values ("
                  + preview(first.values)
                  + "), not field names: the load file has no header row"));
    } else {
      first.values.forEach(v -> header.add(v.strip()));
    }
    List<DatRecord> records = new ArrayList<>();
    for (RawRecord r : headerMissing ? raw : raw.subList(1, raw.size())) {
      if (r.values.size() != header.size()) {
        problems.add(
            new LoadFileProblem(
                r.line,
                LoadFileProblem.Code.FIELD_COUNT,
                "The record has "
                    + r.values.size()
                    + (r.values.size() == 1 ? " field" : " fields")
                    + "; the header has "
                    + header.size()));
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < r.values.size(); i++) {
        String v = r.values.get(i);
        if (v.indexOf(LoadFileEncoding.UNDECODABLE) >= 0) {
          problems.add(
              new LoadFileProblem(
                  r.line,
                  LoadFileProblem.Code.UNDECODABLE,
                  "The value of "
                      + (i < header.size() ? header.get(i) : "field " + (i + 1))
                      + " holds bytes that "
                      + decoded.charset().name()
                      + " cannot decode: '"
                      + v
                      + "'"));
        }
        values.add(v.replace(delimiters.newline(), '\n'));
      }
      records.add(new DatRecord(r.line, header, values, delimiters.multiValue()));
    }
    return new DatFile(
        header,
        records,
        decoded.charset(),
        decoded.byteOrderMark(),
        delimiters,
        headerMissing,
        problems);
  }

  private record RawRecord(int line, List<String> values) {}

  /**
   * Splits the text into records and fields. A quoted value may hold raw line breaks (some vendors
   * write them) and doubled quotes; outside quotes CRLF, LF or CR ends a record, and empty lines
   * are skipped.
   */
  private static List<RawRecord> split(
      String text, DatDelimiters d, List<LoadFileProblem> problems) {
    List<RawRecord> records = new ArrayList<>();
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean inQuote = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (inQuote) {
        if (c == d.quote()) {
          if (i + 1 < n && text.charAt(i + 1) == d.quote()) {
            value.append(c);
            i++;
          } else {
            inQuote = false;
          }
        } else {
          if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          value.append(c);
        }
      } else if (d.quoted() && c == d.quote() && value.length() == 0) {
        inQuote = true;
        fieldStarted = true;
      } else if (c == d.field()) {
        values.add(value.toString());
        value.setLength(0);
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || value.length() > 0 || !values.isEmpty()) {
          values.add(value.toString());
          records.add(new RawRecord(recordLine, List.copyOf(values)));
        }
        values.clear();
        value.setLength(0);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        value.append(c);
        fieldStarted = true;
      }
    }
    if (inQuote) {
      problems.add(
          new LoadFileProblem(
              recordLine,
              LoadFileProblem.Code.UNCLOSED_QUOTE,
              "A value opened with " + d.quote() + " is not closed before the end of the file"));
    }
    if (fieldStarted || value.length() > 0 || !values.isEmpty()) {
      values.add(value.toString());
      records.add(new RawRecord(recordLine, List.copyOf(values)));
    }
    return records;
  }

  /**
   * A header row names fields: one of the names every vendor uses (BEGBATES, BEGDOC, DOCID, …), or
   * else no value is blank, a Bates number ("ABC0000001": four digits or more at the end; SHA256 is
   * a name), a date, a path, an address or a long text.
   */
  static boolean looksLikeHeader(List<String> values) {
    for (String v : values) {
      if (KNOWN_FIELDS.contains(v.strip().replaceAll("[\\s_\\-]", "").toUpperCase(Locale.ROOT))) {
        return true; // a field name every vendor uses: whatever else the line holds
      }
    }
    for (String v : values) {
      String t = v.strip();
      if (t.isEmpty()
          || t.length() > 64
          || t.contains("\\")
          || t.contains("/")
          || t.contains("@")
          || t.contains("\n")
          || DATE_LIKE.matcher(t).matches()
          || t.matches(".*\\d{4,}")) {
        return false;
      }
    }
    return !values.isEmpty();
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
      end++;
    }
    return text.substring(0, end);
  }

  private static String preview(List<String> values) {
    String joined = String.join(", ", values.subList(0, Math.min(3, values.size())));
    return values.size() > 3 ? joined + ", …" : joined;
  }
}
