package org.pincite.service.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.transcript.TranscriptKind;

/** The layouts text transcripts come in, each read back to the same pages and lines. */
class TextTranscriptReaderTest {

  /** Lays out the fiction transcript: page header or footer, line format, and the word index. */
  private static String layout(
      String witness,
      IntFunction<String> header,
      IntFunction<String> footer,
      BiFunction<Integer, int[], String> line,
      boolean wrapLongLines) {
    StringBuilder s = new StringBuilder();
    List<List<String>> pages = FictionTranscript.pages(witness);
    for (int p = 0; p < pages.size(); p++) {
      int page = p + 1;
      if (header != null) {
        s.append(header.apply(page));
      }
      List<String> lines = pages.get(p);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        int n = i + 1;
        if (wrapLongLines && text.startsWith(FictionTranscript.LONG_LINE_START)) {
          s.append(line.apply(page, new int[] {n}).formatted(FictionTranscript.LONG_LINE_START))
              .append('\n')
              .append("       ")
              .append(FictionTranscript.LONG_LINE_REST)
              .append('\n');
          continue;
        }
        s.append(line.apply(page, new int[] {n}).formatted(text).stripTrailing()).append('\n');
      }
      if (footer != null) {
        s.append(footer.apply(page));
      }
    }
    return s.toString();
  }

  private static String numberedLine(int page, int[] n) {
    return "%3d  ".formatted(n[0]) + "%s";
  }

  private static LineNumberedText read(String text) {
    return TextTranscriptReader.read(text).orElseThrow(() -> new AssertionError("not read"));
  }

  /** Every layout gives the same six pages, 25 lines where the fiction has 25, the same words. */
  private static void assertTheFiction(LineNumberedText t) {
    assertEquals(6, t.pages().size(), "six transcript pages");
    assertEquals(String.join("", t.pages()).length() > 0, true);
    List<List<String>> fiction = FictionTranscript.pages(FictionTranscript.WITNESS);
    for (int p = 0; p < fiction.size(); p++) {
      List<NumberedLine> lines = t.lines().get(p);
      assertEquals(fiction.get(p).size(), lines.size(), "lines of page " + (p + 1));
      for (int i = 0; i < lines.size(); i++) {
        NumberedLine line = lines.get(i);
        assertEquals(p + 1, line.getPrintedPage());
        assertEquals(i + 1, line.getNumber());
        String text = t.pages().get(p).substring(line.getStart(), line.getEnd());
        String expected = fiction.get(p).get(i);
        if (expected.startsWith(FictionTranscript.LONG_LINE_START)) {
          assertTrue(text.startsWith(FictionTranscript.LONG_LINE_START), text);
          assertTrue(text.endsWith(FictionTranscript.LONG_LINE_REST), "wrapped line kept: " + text);
        } else {
          assertEquals(expected, text, "page " + (p + 1) + " line " + (i + 1));
        }
      }
    }
    assertEquals(TranscriptKind.DEPOSITION, t.caption().kind());
    assertEquals("Jane Q. Roe", t.caption().witness());
    assertEquals(LocalDate.of(2025, 3, 3), t.caption().date());
    assertEquals(1, t.caption().volume());
  }

  @Test
  void formFeedsAndRightJustifiedPageNumbersOnTop() {
    String text =
        layout(
            FictionTranscript.WITNESS,
            page -> (page > 1 ? "\f" : "") + " ".repeat(60) + page + "\n",
            null,
            TextTranscriptReaderTest::numberedLine,
            true);
    LineNumberedText t = read(text);
    assertTheFiction(t);
    assertEquals(text, String.join("", t.pages()), "the pages are the whole file, cut");
  }

  @Test
  void leftJustifiedZeroPaddedPageNumbersWithoutFormFeeds() {
    assertTheFiction(
        read(
            layout(
                FictionTranscript.WITNESS,
                page -> "%04d%n".formatted(page),
                null,
                TextTranscriptReaderTest::numberedLine,
                true)));
  }

  @Test
  void pageNumbersAsFootersSayingPage() {
    assertTheFiction(
        read(
            layout(
                FictionTranscript.WITNESS,
                null,
                page -> "\n" + " ".repeat(30) + "Page " + page + "\n",
                TextTranscriptReaderTest::numberedLine,
                true)));
  }

  @Test
  void pageAndLinePrefixesWithoutAnyPageBreak() {
    LineNumberedText t =
        read(
            layout(
                FictionTranscript.WITNESS,
                null,
                null,
                (page, n) -> page + ":" + n[0] + " %s",
                false));
    assertTheFiction(t);
  }

  @Test
  void onlyTheLineNumbersStartingAgainBreakThePages() {
    assertTheFiction(
        read(
            layout(
                FictionTranscript.WITNESS,
                null,
                null,
                TextTranscriptReaderTest::numberedLine,
                true)));
  }

  @Test
  void timestampsBesideTheNumbersAreNotTheLinesWords() {
    LineNumberedText t =
        read(
            layout(
                FictionTranscript.WITNESS,
                page -> (page > 1 ? "\f" : "") + " ".repeat(60) + page + "\n",
                null,
                (page, n) -> "%2d  10:%02d:%02d  ".formatted(n[0], page, n[0]) + "%s",
                true));
    assertTheFiction(t);
    LineNumberedText before =
        read(
            layout(
                FictionTranscript.WITNESS,
                null,
                null,
                (page, n) -> "10:%02d:%02d %2d  ".formatted(page, n[0], n[0]) + "%s",
                true));
    assertTheFiction(before);
  }

  @Test
  void aWordIndexAtTheEndHasNoLinesOfTestimony() {
    StringBuilder s =
        new StringBuilder(
            layout(
                FictionTranscript.WITNESS,
                page -> (page > 1 ? "\f" : "") + " ".repeat(60) + page + "\n",
                null,
                TextTranscriptReaderTest::numberedLine,
                true));
    s.append('\f').append(" ".repeat(60)).append("7\n");
    List<String> index = FictionTranscript.wordIndex();
    for (int i = 0; i < index.size(); i++) {
      s.append(FictionTranscript.numbered(i + 1, index.get(i))).append('\n');
    }
    LineNumberedText t = read(s.toString());
    assertEquals(7, t.pages().size());
    assertTrue(t.pages().get(6).contains("WORD INDEX"), "the index is kept as text");
    assertTrue(t.lines().get(6).isEmpty(), "but has no lines to cite");
  }

  @Test
  void aKoreanWitnessNameIsKeptWhole() {
    LineNumberedText t =
        read(
            layout(
                "김민준",
                page -> "%04d%n".formatted(page),
                null,
                TextTranscriptReaderTest::numberedLine,
                true));
    assertEquals("김민준", t.caption().witness());
    assertEquals(
        "김민준 Dep.",
        TranscriptCite.transcriptName(TranscriptKind.DEPOSITION, "김민준", null, 1, false));
  }

  @Test
  void anAnswerAcrossAPageBreakCitesThreeTwentyFiveToFourTwo() {
    LineNumberedText t =
        read(
            layout(
                FictionTranscript.WITNESS,
                page -> "%04d%n".formatted(page),
                null,
                TextTranscriptReaderTest::numberedLine,
                true));
    String page3 = t.pages().get(2);
    String page4 = t.pages().get(3);
    // From the middle of "contract" on 3:25 to the middle of "copy" on 4:2.
    int start = page3.indexOf("contract") + 3;
    int end = page4.indexOf("only copy") + 7;
    TranscriptCite.LineRange range =
        TranscriptCite.lines(t.lines().get(2), start, t.lines().get(3), end).orElseThrow();
    assertEquals("3:25\u20134:2", range.pageLines());
    assertEquals(
        "Roe Dep. 3:25\u20134:2",
        TranscriptCite.of(
            TranscriptCite.transcriptName(
                t.caption().kind(), t.caption().witness(), null, t.caption().volume(), false),
            range));
  }

  @Test
  void volumeTwoContinuesThePageNumbersOfVolumeOne() {
    String text =
        layout(
            FictionTranscript.WITNESS,
            page -> "%04d%n".formatted(page + 200),
            null,
            TextTranscriptReaderTest::numberedLine,
            true);
    LineNumberedText t = read(text.replace("VOLUME I", "VOLUME II"));
    assertEquals(2, t.caption().volume());
    assertEquals(203, t.lines().get(2).get(0).getPrintedPage());
    assertEquals(
        "Roe Dep. 203:25\u2013204:2",
        TranscriptCite.of(
            TranscriptCite.transcriptName(TranscriptKind.DEPOSITION, "Jane Q. Roe", null, 2, false),
            new TranscriptCite.LineRange(203, 25, 204, 2)));
  }

  @Test
  void proseWithAFewNumbersIsNoTranscript() {
    assertFalse(
        TextTranscriptReader.read(
                "Dear Ms. Roe,\n\n1 widget was shipped on 3 May.\nPlease find 2 invoices enclosed.\n")
            .isPresent());
    assertFalse(TextTranscriptReader.read("").isPresent());
    StringBuilder list = new StringBuilder("Shopping list\n");
    for (int i = 1; i <= 30; i++) {
      list.append("Item ").append(i).append(": something long enough to be prose\n");
    }
    assertFalse(TextTranscriptReader.read(list.toString()).isPresent());
  }

  @Test
  void aHearingAndATrialDayAreNamedAsCitesNameThem() {
    TranscriptCaption hearing =
        TranscriptCaption.read("REPORTER'S TRANSCRIPT OF PROCEEDINGS\nMOTION HEARING\n")
            .orElseThrow();
    assertEquals(TranscriptKind.HEARING, hearing.kind());
    TranscriptCaption trial =
        TranscriptCaption.read("REPORTER'S TRANSCRIPT\nJURY TRIAL - DAY 2\nVolume 3\n")
            .orElseThrow();
    assertEquals(TranscriptKind.TRIAL, trial.kind());
    assertEquals(2, trial.trialDay());
    assertEquals(3, trial.volume());
    assertEquals(
        "Hr'g Tr.", TranscriptCite.transcriptName(TranscriptKind.HEARING, null, null, 1, false));
    assertEquals(
        "Trial Tr. (Day 2)",
        TranscriptCite.transcriptName(TranscriptKind.TRIAL, null, 2, 3, false));
    assertEquals(
        "Roe Dep. vol. 2",
        TranscriptCite.transcriptName(TranscriptKind.DEPOSITION, "Jane Roe", null, 2, true));
  }

  @Test
  void linesTouchedMidLineCiteWholeLines() {
    List<NumberedLine> lines =
        List.of(
            new NumberedLine(45, 3, 10, 40),
            new NumberedLine(45, 4, 50, 80),
            new NumberedLine(45, 5, 90, 90),
            new NumberedLine(45, 6, 100, 130),
            new NumberedLine(45, 7, 140, 170));
    assertEquals(
        "45:3\u20137", TranscriptCite.lines(lines, 20, lines, 150).orElseThrow().pageLines());
    assertEquals(
        "45:4",
        TranscriptCite.lines(lines, 45, lines, 60).orElseThrow().pageLines(),
        "from the gutter before line 4");
    assertEquals("45:3", TranscriptCite.lines(lines, 12, lines, 14).orElseThrow().pageLines());
    assertFalse(TranscriptCite.lines(lines, 200, lines, 210).isPresent(), "after the last line");
    assertNotNull(TranscriptCite.lines(List.of(), 0, lines, 5).isEmpty() ? "" : null);
  }

  @Test
  void declarationsAreNamedByTheDeclarantsSurname() {
    assertEquals(
        "Jackson Decl.",
        TranscriptCite.declarationName(
                "Declaration of Mary Jackson in Support of Motion for Summary Judgment")
            .orElseThrow());
    assertEquals(
        "Jackson Decl.",
        TranscriptCite.declarationName("DECLARATION OF MARY JACKSON").orElseThrow());
    assertFalse(TranscriptCite.declarationName("Complaint for Damages").isPresent());
  }
}
