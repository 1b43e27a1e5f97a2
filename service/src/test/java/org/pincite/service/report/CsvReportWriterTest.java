package org.pincite.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV parsed back as RFC 4180 says: a statement of facts with one numbered row per passage. */
class CsvReportWriterTest {
  private static byte[] csv(ClaimReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReportWriter().write(report, out);
    return out.toByteArray();
  }

  /** A strict RFC 4180 reader: fails on anything a conforming file cannot contain. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
          i++;
          char next = i < text.length() ? text.charAt(i) : '\r';
          assertTrue(
              next == ',' || next == '\r',
              "a closing quote is followed by a comma or CRLF at " + i);
          continue;
        }
        field.append(c);
        i++;
      } else if (c == '"') {
        assertEquals(0, field.length(), "a quote opens a field or not at all, at " + i);
        quoted = true;
        i++;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        assertEquals('\n', text.charAt(i + 1), "rows end with CRLF");
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertTrue(c != '\n', "a bare LF outside quotes at " + i);
        field.append(c);
        i++;
      }
    }
    assertTrue(row.isEmpty() && field.length() == 0, "the last row ends with CRLF");
    return rows;
  }

  @Test
  void oneNumberedRowPerPassageWithFactCitationStanceAndClaim() throws IOException {
    ClaimReport report = ReportSamples.small(true);
    byte[] bytes = csv(report);
    assertEquals(
        List.of(0xEF, 0xBB, 0xBF),
        List.of(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff),
        "UTF-8 byte-order mark for Excel");
    List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertEquals(List.of("\u00b6", "Fact", "Citation", "Stance", "Claim"), rows.get(0));
    List<List<String>> expected = new ArrayList<>();
    int n = 0;
    for (ClaimSection s : report.sections()) {
      for (PassageEntry e : s.supporting()) {
        expected.add(List.of(Integer.toString(++n), e.quote(), e.cite(), "Supports", s.title()));
      }
      for (PassageEntry e : s.refuting()) {
        expected.add(
            List.of(
                Integer.toString(++n),
                e.quote().startsWith("=") ? "'" + e.quote() : e.quote(),
                e.cite(),
                "Refutes",
                s.title()));
      }
      for (PassageEntry e : s.context()) {
        expected.add(List.of(Integer.toString(++n), e.quote(), e.cite(), "Context", s.title()));
      }
    }
    assertEquals(expected, rows.subList(1, rows.size()));
    assertTrue(rows.stream().anyMatch(r -> r.get(1).equals(ReportSamples.KOREAN_QUOTE)));
  }

  @Test
  void withoutContextThereAreNoContextRows() throws IOException {
    byte[] bytes = csv(ReportSamples.small(false));
    List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertEquals(6, rows.size(), "header and five passages");
    assertTrue(rows.stream().noneMatch(r -> r.get(3).equals("Context")));
  }

  @Test
  void theClaimChartHasARowPerClaimWithCountsAndGaps() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReportWriter().write(ReportSamples.chart(), out);
    byte[] bytes = out.toByteArray();
    List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertEquals(CsvReportWriter.CHART_COLUMNS, rows.get(0));
    assertEquals(
        List.of(
            "A contract existed",
            "Element",
            "1",
            "Elon Musk",
            "2",
            "1",
            "0",
            "",
            "Compl.; Fwd: labs",
            "Ex. 12"),
        rows.get(2));
    assertEquals("Gap: nothing supports it", rows.get(3).get(7));
    assertEquals("Compl.; =cmd", rows.get(4).get(9), "only a cell that starts with = is defused");
  }
}
