package org.pincite.service.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs of the fiction transcript ({@link FictionTranscript}) and of a fiction declaration on
 * pleading paper, drawn with PDFBox the way reporters' and lawyers' software lays them out: line
 * numbers in the left margin, each number drawn on its own, the words beside it.
 */
public final class FictionPdfs {
  private static final PDFont COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);
  private static final PDFont TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

  private FictionPdfs() {}

  /**
   * One transcript page a sheet: numbers right-aligned at the margin, the page number at the top
   * right, and (when asked) the time of each line printed left of its number.
   */
  public static byte[] transcript(
      List<List<String>> pages, List<String> index, boolean timestamps) {
    try (PDDocument pdf = new PDDocument()) {
      for (int p = 0; p < pages.size() + (index == null ? 0 : 1); p++) {
        List<String> lines = p < pages.size() ? pages.get(p) : index;
        PDPage page = new PDPage(PDRectangle.LETTER);
        pdf.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
          text(c, COURIER, 12, 500, 60, String.valueOf(p + 1));
          for (int n = 1; n <= 25; n++) {
            float top = 100 + (n - 1) * 24;
            String number = String.valueOf(n);
            text(c, COURIER, 12, 72 - COURIER.getStringWidth(number) / 1000 * 12, top, number);
            if (timestamps) {
              text(c, COURIER, 8, 14, top, "10:%02d:%02d".formatted(p, n));
            }
            if (n <= lines.size() && !lines.get(n - 1).isEmpty()) {
              text(c, COURIER, 12, 90, top, lines.get(n - 1));
            }
          }
        }
      }
      return bytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Four transcript pages a sheet: down the left column, then down the right. */
  public static byte[] condensed(List<List<String>> pages) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage sheet = null;
      PDPageContentStream c = null;
      for (int p = 0; p < pages.size(); p++) {
        if (p % 4 == 0) {
          if (c != null) {
            c.close();
          }
          sheet = new PDPage(PDRectangle.LETTER);
          pdf.addPage(sheet);
          c = new PDPageContentStream(pdf, sheet);
        }
        int quadrant = p % 4;
        float left = quadrant < 2 ? 20 : 316;
        float top = quadrant % 2 == 0 ? 40 : 416;
        text(c, COURIER, 8, left + 120, top, "Page " + (p + 1));
        List<String> lines = pages.get(p);
        for (int n = 1; n <= 25; n++) {
          float y = top + 20 + (n - 1) * 13;
          String number = String.valueOf(n);
          text(c, COURIER, 7, left + 18 - COURIER.getStringWidth(number) / 1000 * 7, y, number);
          if (n <= lines.size() && !lines.get(n - 1).isEmpty()) {
            String line = lines.get(n - 1);
            text(c, COURIER, 7, left + 24, y, line.length() > 62 ? line.substring(0, 62) : line);
          }
        }
      }
      if (c != null) {
        c.close();
      }
      return bytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A declaration on 28-line pleading paper, fiction: numbers 1–28 down the margin, the text
   * double-spaced beside them, the title and page number in the footer.
   */
  public static byte[] pleading(List<String> lines, int linesPerPage, String footerTitle) {
    try (PDDocument pdf = new PDDocument()) {
      int pageCount = (lines.size() + linesPerPage - 1) / linesPerPage;
      float spacing = 648f / linesPerPage;
      for (int p = 0; p < pageCount; p++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        pdf.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
          for (int n = 1; n <= linesPerPage; n++) {
            float top = 72 + (n - 1) * spacing;
            String number = String.valueOf(n);
            text(c, TIMES, 12, 60 - TIMES.getStringWidth(number) / 1000 * 12, top, number);
            int i = p * linesPerPage + n - 1;
            if (i < lines.size() && !lines.get(i).isEmpty()) {
              // the typed text sits a little off the printed numbers, as it does on real paper
              text(c, TIMES, 12, 100, top + 1.5f, lines.get(i));
            }
          }
          text(c, TIMES, 10, 300, 745, String.valueOf(p + 1));
          text(c, TIMES, 8, 200, 760, footerTitle);
        }
      }
      return bytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A letter without line numbers. */
  public static byte[] prose(String... lines) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      pdf.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
        for (int i = 0; i < lines.length; i++) {
          text(c, TIMES, 12, 72, 100 + i * 16, lines[i]);
        }
      }
      return bytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(
      PDPageContentStream c, PDFont font, float size, float x, float top, String s)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, 792 - top);
    c.showText(s);
    c.endText();
  }

  private static byte[] bytes(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
