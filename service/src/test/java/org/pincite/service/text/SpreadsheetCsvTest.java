package org.pincite.service.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {
  private static String csv(List<String> header, List<List<String>> rows) {
    return new String(SpreadsheetCsv.write(header, rows), StandardCharsets.UTF_8);
  }

  private static String oneCell(String value) {
    String file = csv(List.of("h"), List.of(Arrays.asList(value)));
    return file.substring("\uFEFFh\r\n".length(), file.length() - 2);
  }

  @Test
  void formulasAreDefusedAndQuotesCommasAndLineBreaksQuoted() {
    assertEquals("'=1+2", oneCell("=1+2"));
    assertEquals("'+cmd", oneCell("+cmd"));
    assertEquals("'-2", oneCell("-2"));
    assertEquals("'@SUM(A1)", oneCell("@SUM(A1)"));
    assertEquals("'\tx", oneCell("\tx"));
    assertEquals("\"a, \"\"b\"\"\r\nc\"", oneCell("a, \"b\"\r\nc"));
    assertEquals("plain", oneCell("plain"));
    assertEquals("일론 머스크 ¶ 23", oneCell("일론 머스크 ¶ 23"));
  }

  @Test
  void theFileStartsWithAByteOrderMarkAndEndsEveryRowWithCrLf() {
    String file =
        csv(List.of("Date", "=Kind"), List.of(List.of("2018-02-01", "x"), List.of("", "")));
    assertEquals("\uFEFFDate,'=Kind\r\n2018-02-01,x\r\n\"\",\r\n", file);
  }
}
