package org.pincite.web.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs the browser tests write for themselves (fiction: they say which page they are). */
final class Pdfs {
  private Pdfs() {}

  /** A PDF of {@code pages} letter pages, each saying which page it is. */
  static byte[] numberedPages(int pages) throws IOException {
    return numberedPages(pages, "");
  }

  /** The same, each page also saying {@code words}. */
  static byte[] numberedPages(int pages, String words) throws IOException {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      for (int n = 1; n <= pages; n++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          s.beginText();
          s.setFont(font, 12);
          s.newLineAtOffset(72, 700);
          s.showText(
              "Deposition transcript, page "
                  + n
                  + " of "
                  + pages
                  + ". "
                  + words
                  + " "
                  + System.nanoTime());
          s.endText();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }
}
