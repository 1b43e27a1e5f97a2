package org.pincite.service.transcript;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.pincite.domain.document.NumberedLine;

/**
 * The line numbers printed down the left margin of a PDF's pages (transcripts, 25 a page; pleading
 * paper, 28 or 26), found from where PDFBox says each number is drawn, not from the order of the
 * text: a column of small numbers at one place across the page, counting up from 1. A condensed
 * sheet has two such columns, each counting 1 to 25 twice: four transcript pages, each with the
 * page number printed above it. Each number's line is the words beside it at its height; a
 * timestamp printed beside the number is not part of the line.
 *
 * <p>The text is read exactly as the PDF extractor reads it ({@code PDFTextStripper} sorted by
 * position, one page at a time), so the lines' offsets are offsets into the stored page text.
 */
public final class PdfLineNumbers {
  private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,2}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,5}");
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?([AaPp]\\.?[Mm]\\.?)?");

  /** Numbers this far apart (points, by their centres) stand in one column. */
  private static final float COLUMN_TOLERANCE = 6f;

  private PdfLineNumbers() {}

  /** A run of non-blank characters: its text, where it lies in the page text, where it is drawn. */
  public record Token(String text, int start, int end, float x, float xEnd, float y) {
    float centre() {
      return (x + xEnd) / 2;
    }
  }

  /** A page's text as the PDF extractor gives it, with its tokens. */
  public record PageText(String text, List<Token> tokens) {
    public PageText {
      tokens = List.copyOf(tokens);
    }
  }

  /** Reads page {@code number} (from 1) of {@code pdf} with the positions of its words. */
  public static PageText read(PDDocument pdf, int number) throws IOException {
    Recorder recorder = new Recorder();
    recorder.setSortByPosition(true);
    recorder.setStartPage(number);
    recorder.setEndPage(number);
    StringWriter out = new StringWriter();
    recorder.out = out;
    recorder.writeText(pdf, out);
    return new PageText(out.toString(), recorder.tokens);
  }

  /** Records the tokens as the stripper writes them; the text written is unchanged. */
  private static final class Recorder extends PDFTextStripper {
    StringWriter out;
    final List<Token> tokens = new ArrayList<>();

    Recorder() throws IOException {
      super();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      int base = out.getBuffer().length();
      super.writeString(text, positions);
      if (positions.isEmpty()) {
        return;
      }
      boolean aligned = positions.size() == text.length();
      int i = 0;
      while (i < text.length()) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j > i) {
          TextPosition first = positions.get(aligned ? i : 0);
          TextPosition last = positions.get(aligned ? j - 1 : positions.size() - 1);
          tokens.add(
              new Token(
                  text.substring(i, j),
                  base + i,
                  base + j,
                  first.getXDirAdj(),
                  last.getXDirAdj() + last.getWidthDirAdj(),
                  first.getYDirAdj()));
        }
        i = j;
      }
    }
  }

  /** One column of line numbers counting up from 1: a transcript page, or a page of pleading. */
  private record Run(List<Token> numbers, float spacing) {
    float right() {
      return (float) numbers.stream().mapToDouble(Token::xEnd).max().orElse(0);
    }

    float left() {
      return (float) numbers.stream().mapToDouble(Token::x).min().orElse(0);
    }

    float top() {
      return numbers.get(0).y();
    }

    float bottom() {
      return numbers.get(numbers.size() - 1).y();
    }

    int number(int i) {
      return Integer.parseInt(numbers.get(i).text());
    }
  }

  /**
   * The numbered lines of each page (one list per page, empty for pages without), or empty when the
   * document is not line-numbered: fewer than ten numbered lines, or line numbers on fewer than
   * half of the pages that have text.
   */
  public static Optional<List<List<NumberedLine>>> number(List<PageText> pages) {
    List<List<Run>> runsByPage = pages.stream().map(PdfLineNumbers::runs).toList();
    long withText = pages.stream().filter(p -> !p.text().isBlank()).count();
    long withRuns = runsByPage.stream().filter(r -> !r.isEmpty()).count();
    if (withRuns == 0 || withRuns * 2 < withText) {
      return Optional.empty();
    }
    List<List<NumberedLine>> result = new ArrayList<>();
    int previousPrinted = 0;
    int total = 0;
    for (int p = 0; p < pages.size(); p++) {
      PageText page = pages.get(p);
      List<Run> runs = runsByPage.get(p);
      List<NumberedLine> lines = new ArrayList<>();
      if (!runs.isEmpty() && !TextTranscriptReader.isWordIndex(page.text())) {
        for (Run run : runs) {
          Integer printed = printedNumber(page, run, runs);
          int pageNumber =
              printed != null ? printed : previousPrinted > 0 ? previousPrinted + 1 : p + 1;
          previousPrinted = pageNumber;
          lines.addAll(linesOf(page, run, runs, pageNumber));
        }
        lines.sort(
            Comparator.comparingInt(NumberedLine::getPrintedPage)
                .thenComparingInt(NumberedLine::getNumber));
      }
      total += lines.size();
      result.add(lines);
    }
    return total < 10 ? Optional.empty() : Optional.of(result);
  }

  /** The columns of numbers counting up from 1 on a page, in reading order. */
  private static List<Run> runs(PageText page) {
    List<Token> numbers =
        page.tokens().stream()
            .filter(t -> LINE_NUMBER.matcher(t.text()).matches())
            .filter(t -> Integer.parseInt(t.text()) >= 1 && Integer.parseInt(t.text()) <= 30)
            .sorted(Comparator.comparingDouble(Token::centre))
            .toList();
    List<List<Token>> columns = new ArrayList<>();
    for (Token t : numbers) {
      List<Token> last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && t.centre() - last.get(0).centre() <= COLUMN_TOLERANCE) {
        last.add(t);
      } else {
        List<Token> column = new ArrayList<>();
        column.add(t);
        columns.add(column);
      }
    }
    List<Run> runs = new ArrayList<>();
    for (List<Token> column : columns) {
      if (column.size() < 5) {
        continue;
      }
      List<Token> byHeight = column.stream().sorted(Comparator.comparingDouble(Token::y)).toList();
      List<Token> current = new ArrayList<>();
      for (Token t : byHeight) {
        int n = Integer.parseInt(t.text());
        if (!current.isEmpty()) {
          Token previous = current.get(current.size() - 1);
          int before = Integer.parseInt(previous.text());
          if (n <= before || t.y() - previous.y() < 1f) {
            addIfRun(runs, current);
            current = new ArrayList<>();
          }
        }
        current.add(t);
      }
      addIfRun(runs, current);
    }
    runs.removeIf(run -> inRunningText(run, page.tokens()));
    runs.sort(Comparator.comparingDouble(Run::left).thenComparingDouble(Run::top));
    return runs;
  }

  /** At least five numbers from 1 or 2 upward, hardly any missing, evenly spaced. */
  private static void addIfRun(List<Run> runs, List<Token> numbers) {
    if (numbers.size() < 5) {
      return;
    }
    int first = Integer.parseInt(numbers.get(0).text());
    int last = Integer.parseInt(numbers.get(numbers.size() - 1).text());
    if (first > 2 || last - first + 1 > numbers.size() + 3) {
      return;
    }
    float spacing = (numbers.get(numbers.size() - 1).y() - numbers.get(0).y()) / (last - first);
    if (spacing <= 1f) {
      return;
    }
    runs.add(new Run(List.copyOf(numbers), spacing));
  }

  /**
   * Numbers in running text ("for month 6") have a word a space before them on most of their lines;
   * margin numbers stand apart (a condensed sheet's right column has a gutter before it).
   */
  private static boolean inRunningText(Run run, List<Token> tokens) {
    long inText =
        run.numbers().stream()
            .filter(
                n ->
                    tokens.stream()
                        .anyMatch(
                            u ->
                                u != n
                                    && !TIMESTAMP.matcher(u.text()).matches()
                                    && Math.abs(u.y() - n.y()) < 2f
                                    && u.xEnd() <= n.x() + 0.5f
                                    && n.x() - u.xEnd() < 8f))
            .count();
    return inText * 2 > run.numbers().size();
  }

  /** Where the words of a run's page end on the right: the next column of numbers beside it. */
  private static float rightEdge(Run run, List<Run> runs) {
    float edge = Float.MAX_VALUE;
    for (Run other : runs) {
      boolean beside =
          other.top() <= run.bottom() + run.spacing()
              && other.bottom() >= run.top() - run.spacing();
      if (other != run && beside && other.left() > run.right()) {
        edge = Math.min(edge, other.left() - 1);
      }
    }
    return edge;
  }

  private static boolean inRun(Token t, List<Run> runs) {
    return runs.stream().anyMatch(r -> r.numbers().contains(t));
  }

  private static List<NumberedLine> linesOf(PageText page, Run run, List<Run> runs, int printed) {
    float left = run.right() - 0.5f;
    float right = rightEdge(run, runs);
    float tolerance = run.spacing() * 0.6f;
    int count = run.numbers().size();
    int[] starts = new int[count];
    int[] ends = new int[count];
    float[] firstX = new float[count];
    java.util.Arrays.fill(starts, -1);
    java.util.Arrays.fill(firstX, Float.MAX_VALUE);
    List<List<Token>> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(new ArrayList<>());
    }
    for (Token t : page.tokens()) {
      if (t.x() < left || t.x() >= right || inRun(t, runs)) {
        continue;
      }
      int nearest = -1;
      float distance = Float.MAX_VALUE;
      for (int i = 0; i < count; i++) {
        float d = Math.abs(t.y() - run.numbers().get(i).y());
        if (d < distance) {
          distance = d;
          nearest = i;
        }
      }
      if (nearest >= 0 && distance <= tolerance) {
        words.get(nearest).add(t);
      }
    }
    List<NumberedLine> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Token> line =
          new ArrayList<>(
              words.get(i).stream().sorted(Comparator.comparingDouble(Token::x)).toList());
      if (!line.isEmpty() && TIMESTAMP.matcher(line.get(0).text()).matches()) {
        line.remove(0); // a timestamp in the margin beside the number
      }
      Token number = run.numbers().get(i);
      int start = line.stream().mapToInt(Token::start).min().orElse(number.end());
      int end = line.stream().mapToInt(Token::end).max().orElse(number.end());
      lines.add(new NumberedLine(printed, run.number(i), start, Math.max(start, end)));
    }
    return lines;
  }

  /**
   * The page number printed above a run's first line (a transcript's, "34" or "Page 34"), else
   * below its last (pleading paper's footer); null when there is none.
   */
  private static Integer printedNumber(PageText page, Run run, List<Run> runs) {
    float left = run.left() - 20;
    float right = rightEdge(run, runs);
    Integer above = null;
    float aboveDistance = Float.MAX_VALUE;
    Integer below = null;
    float belowDistance = Float.MAX_VALUE;
    for (Token t : page.tokens()) {
      if (t.x() < left || t.x() >= right || inRun(t, runs)) {
        continue;
      }
      if (!PAGE_NUMBER.matcher(t.text()).matches()) {
        continue;
      }
      int value = Integer.parseInt(t.text());
      if (value < 1) {
        continue;
      }
      float up = run.top() - t.y();
      float down = t.y() - run.bottom();
      if (up > run.spacing() * 0.5f && up < run.spacing() * 5 && up < aboveDistance) {
        above = value;
        aboveDistance = up;
      } else if (down > run.spacing() * 0.5f && down < run.spacing() * 5 && down < belowDistance) {
        below = value;
        belowDistance = down;
      }
    }
    return above != null ? above : below;
  }
}
