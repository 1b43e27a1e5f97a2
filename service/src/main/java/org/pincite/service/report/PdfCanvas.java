package org.pincite.service.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page-flow layout on PDFBox: a cursor that moves down the page, text wrapped to a width by
 * measuring it, a new page when the current one is full, and page footers added at the end ("Page n
 * of m"). Text is set in a chain of embedded TrueType fonts, each character in the first font that
 * has it: Liberation Sans (Latin, Greek, Cyrillic; inside the PDFBox jar) and NanumSquare (Hangul;
 * committed with its OFL licence). Both are embedded as subsets, so a report carries only the
 * glyphs it uses and its text extracts back unchanged.
 */
public final class PdfCanvas implements AutoCloseable {
  /** The type styles; the PAPER ones set 12-point text at a filed paper's line spacing. */
  public enum Style {
    TITLE(true, 18, 0f),
    H1(true, 14, 0f),
    H2(true, 12, 0f),
    H3(true, 10.5f, 0.2f),
    BODY(false, 10, 0f),
    QUOTE(false, 10, 0f),
    CITE(true, 9.5f, 0f),
    SMALL(false, 8.5f, 0.35f),
    MUTED(false, 9.5f, 0.4f),
    /** Court papers' text: 12 points, double-spaced. */
    PAPER(false, 12, 0f, 2f),
    /** Court papers' tables and captions: 12 points, one and a half lines. */
    PAPER_TABLE(false, 12, 0f, 1.5f),
    PAPER_BOLD(true, 12, 0f, 1.5f);

    final boolean bold;
    final float size;
    final float gray;
    private final float spacing;

    Style(boolean bold, float size, float gray) {
      this(bold, size, gray, 1.3f);
    }

    Style(boolean bold, float size, float gray, float spacing) {
      this.bold = bold;
      this.size = size;
      this.gray = gray;
      this.spacing = spacing;
    }

    public float leading() {
      return size * spacing;
    }

    public float size() {
      return size;
    }
  }

  private static final String FONT_DIR = "/org/pincite/service/report/fonts/";
  private static final String LIBERATION =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final byte[] NANUM_REGULAR = resource(FONT_DIR + "NanumSquareR.ttf");
  private static final byte[] NANUM_BOLD = resource(FONT_DIR + "NanumSquareB.ttf");
  private static final byte[] LATIN = resource(LIBERATION);

  final PDDocument document;
  final PDRectangle size;
  final float margin;
  private final List<EmbeddedFont> regular;
  private final List<EmbeddedFont> bold;
  private PDPage page;
  private PDPageContentStream stream;
  private float y;

  private record EmbeddedFont(PDType0Font font, CmapLookup cmap) {
    boolean has(int codePoint) {
      return cmap.getGlyphId(codePoint) != 0;
    }
  }

  /** One stretch of text in one font. */
  private record Run(EmbeddedFont font, String text) {}

  public PdfCanvas(PDRectangle size, float margin) throws IOException {
    this.document = new PDDocument();
    this.size = size;
    this.margin = margin;
    EmbeddedFont latin = load(LATIN);
    EmbeddedFont hangul = load(NANUM_REGULAR);
    EmbeddedFont hangulBold = load(NANUM_BOLD);
    this.regular = List.of(latin, hangul);
    // NanumSquare Bold has the ASCII letters too, so headings read as bold; accents fall back to
    // Liberation.
    this.bold = List.of(hangulBold, latin, hangul);
  }

  private static byte[] resource(String path) {
    try (InputStream in = PdfCanvas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "The report font " + path + " is missing from the class path");
      }
      return withoutGlyphSubstitution(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the report font " + path, e);
    }
  }

  /**
   * The font with its GSUB table hidden (its tag renamed in the table directory). Quotes are
   * printed verbatim, one glyph per character, so that they extract back exactly (no "ﬁ"
   * ligatures); and PDFBox's glyph substitution compiles regular expressions for every word shown,
   * which made a 500-passage report ten times slower.
   */
  static byte[] withoutGlyphSubstitution(byte[] ttf) {
    int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      if (ttf[entry] == 'G'
          && ttf[entry + 1] == 'S'
          && ttf[entry + 2] == 'U'
          && ttf[entry + 3] == 'B') {
        ttf[entry] = 'g';
        ttf[entry + 1] = 's';
        ttf[entry + 2] = 'u';
        ttf[entry + 3] = 'b';
      }
    }
    return ttf;
  }

  private EmbeddedFont load(byte[] ttf) throws IOException {
    PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(ttf), true);
    CmapLookup cmap =
        ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
    return new EmbeddedFont(font, cmap);
  }

  public float width() {
    return size.getWidth() - 2 * margin;
  }

  public float y() {
    return y;
  }

  public float margin() {
    return margin;
  }

  /** A thin black line from (x1, y1) to (x2, y2): a table's cell borders. */
  public void stroke(float x1, float y1, float x2, float y2) throws IOException {
    stream.setStrokingColor(0f);
    stream.setLineWidth(0.6f);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  /** Sets the document's title and author in its information dictionary. */
  public void describe(String title, String author) {
    document.getDocumentInformation().setTitle(title);
    document.getDocumentInformation().setAuthor(author);
    document.getDocumentInformation().setCreator("Pincite");
  }

  PDPage page() {
    return page;
  }

  /** Starts a new page and puts the cursor at its top. */
  public void newPage() throws IOException {
    closeStream();
    page = new PDPage(size);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = size.getHeight() - margin;
  }

  /** Starts a new page unless {@code height} points are left above the bottom margin. */
  public void ensure(float height) throws IOException {
    if (page == null || y - height < margin) {
      newPage();
    }
  }

  public void space(float points) {
    y -= points;
  }

  /** Text wrapped to the width left after {@code indent}, starting new pages as needed. */
  public void paragraph(String text, Style style, float indent) throws IOException {
    paragraph(text, style, indent, false);
  }

  /**
   * As {@link #paragraph(String, Style, float)}; with {@code bar}, a grey rule in the indent marks
   * the lines as quoted.
   */
  public void paragraph(String text, Style style, float indent, boolean bar) throws IOException {
    for (String line : wrap(text, style, width() - indent)) {
      ensure(style.leading());
      line(line, style, margin + indent);
      if (bar) {
        stream.setStrokingColor(0.75f);
        stream.setLineWidth(1.5f);
        stream.moveTo(margin + indent - 8, y + style.leading() - 2);
        stream.lineTo(margin + indent - 8, y + 1);
        stream.stroke();
      }
    }
  }

  /** One line at {@code x} on the cursor's line; moves the cursor down one line. */
  public void line(String text, Style style, float x) throws IOException {
    y -= style.leading();
    show(text, style, x, y + style.leading() - style.size);
  }

  /** Text at a fixed place on the current page; the cursor does not move. */
  public void show(String text, Style style, float x, float baseline) throws IOException {
    show(stream, text, style, x, baseline);
  }

  private void show(PDPageContentStream out, String text, Style style, float x, float baseline)
      throws IOException {
    out.setNonStrokingColor(style.gray);
    out.beginText();
    out.newLineAtOffset(x, baseline);
    for (Run run : runs(text, style)) {
      out.setFont(run.font().font(), style.size);
      out.showText(run.text());
    }
    out.endText();
    out.setNonStrokingColor(0f);
  }

  /** Draws a horizontal rule across the text width below the cursor. */
  public void rule(float gray) throws IOException {
    stream.setStrokingColor(gray);
    stream.setLineWidth(0.6f);
    stream.moveTo(margin, y - 3);
    stream.lineTo(size.getWidth() - margin, y - 3);
    stream.stroke();
    y -= 6;
  }

  void rectangle(float x, float bottom, float w, float h, float gray) throws IOException {
    stream.setNonStrokingColor(gray);
    stream.addRect(x, bottom, w, h);
    stream.fill();
    stream.setNonStrokingColor(0f);
  }

  public float measure(String text, Style style) throws IOException {
    float w = 0;
    for (Run run : runs(text, style)) {
      w += run.font().font().getStringWidth(run.text()) / 1000f * style.size;
    }
    return w;
  }

  /**
   * The text cut into lines no wider than {@code width}: at spaces, and inside a word only when the
   * word alone is too wide (long addresses, hashes). Line breaks in the text are kept.
   */
  public List<String> wrap(String text, Style style, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    float space = measure(" ", style);
    for (String paragraph : clean(text).split("\n", -1)) {
      StringBuilder current = new StringBuilder();
      float currentWidth = 0;
      // Widths add up word by word: a 20,000-character quote is measured once, not once per word.
      for (String word : paragraph.split(" ")) {
        float wordWidth = measure(word, style);
        float candidate = current.length() == 0 ? wordWidth : currentWidth + space + wordWidth;
        if (candidate <= width) {
          if (current.length() > 0) {
            current.append(' ');
          }
          current.append(word);
          currentWidth = candidate;
          continue;
        }
        if (current.length() > 0) {
          lines.add(current.toString());
          current.setLength(0);
        }
        String rest = word;
        while (measure(rest, style) > width && rest.length() > 1) {
          int cut = fitting(rest, style, width);
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        current.append(rest);
        currentWidth = measure(rest, style);
      }
      lines.add(current.toString());
    }
    return lines;
  }

  private int fitting(String word, Style style, float width) throws IOException {
    int cut = word.offsetByCodePoints(0, 1);
    while (cut < word.length()) {
      int next = word.offsetByCodePoints(cut, 1);
      if (measure(word.substring(0, next), style) > width) {
        break;
      }
      cut = next;
    }
    return cut;
  }

  /** Tabs and other control characters have no glyph: they become spaces; CR LF becomes LF. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append('\n');
              } else if (Character.isISOControl(c) || Character.isWhitespace(c) || c == 0x00A0) {
                out.append(' ');
              } else if (Character.getType(c) == Character.FORMAT) {
                // Zero-width joiners, byte-order marks and the like print nothing.
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * The text cut into runs, each character in the first font of the style's chain that has a glyph
   * for it. A character no font has is written as its code ("[U+1F600]"): the reader sees that
   * something is there, never a silent "?".
   */
  private List<Run> runs(String text, Style style) {
    List<EmbeddedFont> chain = style.bold ? bold : regular;
    List<Run> runs = new ArrayList<>();
    EmbeddedFont current = null;
    StringBuilder buffer = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      EmbeddedFont font = null;
      String piece = new String(Character.toChars(c));
      if (c == ' ' && current != null && current.has(' ')) {
        font = current;
      } else {
        for (EmbeddedFont candidate : chain) {
          if (candidate.has(c)) {
            font = candidate;
            break;
          }
        }
      }
      if (font == null) {
        font = regular.get(0);
        piece = String.format("[U+%04X]", c);
      }
      if (font != current && buffer.length() > 0) {
        runs.add(new Run(current, buffer.toString()));
        buffer.setLength(0);
      }
      current = font;
      buffer.append(piece);
    }
    if (buffer.length() > 0) {
      runs.add(new Run(current, buffer.toString()));
    }
    return runs;
  }

  /** Writes "Page n of m" (and {@code left} beside it) at the foot of every page. */
  public void footers(String left) throws IOException {
    closeStream();
    int total = document.getNumberOfPages();
    int n = 0;
    for (PDPage p : document.getPages()) {
      n++;
      try (PDPageContentStream out =
          new PDPageContentStream(document, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String number = "Page " + n + " of " + total;
        float baseline = margin / 2;
        show(out, left, Style.SMALL, margin, baseline);
        show(
            out,
            number,
            Style.SMALL,
            size.getWidth() - margin - measure(number, Style.SMALL),
            baseline);
      }
    }
  }

  /**
   * Writes text on a page other than the current one (a table of contents filled in at the end).
   */
  void showOn(PDPage target, String text, Style style, float x, float baseline) throws IOException {
    try (PDPageContentStream out =
        new PDPageContentStream(
            document, target, PDPageContentStream.AppendMode.APPEND, true, true)) {
      show(out, text, style, x, baseline);
    }
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  public void save(java.io.OutputStream out) throws IOException {
    closeStream();
    document.save(out);
  }

  @Override
  public void close() throws IOException {
    closeStream();
    document.close();
  }
}
