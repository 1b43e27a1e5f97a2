package org.pincite.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A deposition transcript written for the tests, fiction throughout: the witness, the case, the
 * lawyers and the testimony are invented. As a court reporter's ASCII export: a zero-padded page
 * number heading each page, 25 numbered lines; or as a PDF with the numbers in the margin, one page
 * a sheet or four (condensed). Page 1 is the caption, page 2 the appearances; the answer that
 * begins on page 3 line 25 ends on page 4 line 2, and page 4 names Exhibit 14.
 */
public final class FictionDeposition {
  public static final String FILE_NAME = "roe-deposition.txt";
  public static final String ANSWER_START = "contract was signed";
  public static final String ANSWER_END = "the only copy";

  private FictionDeposition() {}

  /** The transcript as text, as a court reporter's ASCII export gives it. */
  public static byte[] text() {
    StringBuilder s = new StringBuilder();
    List<List<String>> pages = pages();
    for (int p = 0; p < pages.size(); p++) {
      page(s, p + 1, pages.get(p));
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The pages' numbered lines, from line 1 (fewer than 25 on a short page). */
  public static List<List<String>> pages() {
    List<String> testimony = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      testimony.add(i % 2 == 1 ? "Q. Question " + i + " about widgets?" : "A. Answer " + i + ".");
    }
    testimony.add("A. The widget contract was signed on the");
    return List.of(
        List.of(
            "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
            "DOE INDUSTRIES v. ACME WIDGETS (a fictional case)",
            "DEPOSITION OF JANE Q. ROE",
            "Taken on March 3, 2025",
            "Reported by A. Nonymous, CSR (fictional)"),
        List.of(
            "APPEARANCES:",
            "For the Plaintiff: R. Counsel (fictional)",
            "For the Defendant: S. Advocate (fictional)"),
        List.copyOf(testimony),
        List.of(
            "fourth of May, in Esperanza, and",
            "that was the only copy I ever saw.",
            "Q. Let me show you Exhibit 14.",
            "(Exhibit 14 was marked for identification.)"));
  }

  /**
   * The transcript as a PDF whose line numbers are drawn in the left margin beside the words, each
   * number on its own: one transcript page a sheet ({@code pagesPerSheet} 1, its page number at the
   * top right), or condensed, four a sheet in two columns, each with "Page N" over its 25 lines.
   */
  public static byte[] pdf(int pagesPerSheet) {
    PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
    boolean condensed = pagesPerSheet == 4;
    float size = condensed ? 7 : 12;
    float step = condensed ? 13 : 24;
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<List<String>> pages = pages();
      PDPageContentStream c = null;
      for (int p = 0; p < pages.size(); p++) {
        int slot = p % pagesPerSheet;
        if (slot == 0) {
          if (c != null) {
            c.close();
          }
          PDPage sheet = new PDPage(PDRectangle.LETTER);
          pdf.addPage(sheet);
          c = new PDPageContentStream(pdf, sheet);
        }
        float left = condensed ? (slot < 2 ? 20 : 316) : 54;
        float top = condensed ? (slot % 2 == 0 ? 40 : 416) : 80;
        draw(
            c,
            courier,
            size,
            left + (condensed ? 120 : 446),
            top,
            (condensed ? "Page " : "") + (p + 1));
        for (int n = 1; n <= 25; n++) {
          float y = top + 20 + (n - 1) * step;
          String number = String.valueOf(n);
          draw(
              c,
              courier,
              size,
              left + 18 - courier.getStringWidth(number) / 1000 * size,
              y,
              number);
          List<String> lines = pages.get(p);
          if (n <= lines.size()) {
            draw(c, courier, size, left + 24, y, lines.get(n - 1));
          }
        }
      }
      if (c != null) {
        c.close();
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text at {@code x} and {@code top} points from the page's top. */
  private static void draw(
      PDPageContentStream c, PDType1Font font, float size, float x, float top, String text)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, PDRectangle.LETTER.getHeight() - top);
    c.showText(text);
    c.endText();
  }

  private static void page(StringBuilder s, int page, List<String> lines) {
    s.append("%04d%n".formatted(page));
    for (int i = 0; i < lines.size(); i++) {
      s.append("%3d  %s%n".formatted(i + 1, lines.get(i)));
    }
  }
}
