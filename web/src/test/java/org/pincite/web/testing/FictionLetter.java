package org.pincite.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A three-page letter written for the redaction tests (fiction): each line in 16 pt Helvetica at a
 * known place, 0.75 inch from the left, the first baseline one inch from the top of a letter page
 * and the next one inch lower, so a test knows where to draw a box.
 */
public final class FictionLetter {
  public static final String FILE_NAME = "halvorsen-letter-fiction.pdf";
  public static final String PRIVILEGED = "Counsel advised that the Halvorsen merger was unlawful.";
  public static final String KEPT = "Shipment schedule attached for Wednesday delivery.";
  public static final String PATIENT = "The patient Jane Roe was discharged on Tuesday.";
  public static final String APPENDIX = "Appendix page remains searchable text.";

  /** A box over the first line of page 1, as fractions of the page: {x, y, w, h}. */
  public static final double[] OVER_FIRST_LINE = {0.05, 0.065, 0.9, 0.04};

  private FictionLetter() {}

  /** The letter; {@code stamp} makes its bytes (and so its SHA-256) its own. */
  public static byte[] pdf(String stamp) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[][] pages = {{PRIVILEGED, KEPT}, {PATIENT}, {APPENDIX}};
      for (String[] lines : pages) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        pdf.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          s.beginText();
          s.setFont(font, 16);
          s.newLineAtOffset(54, 792 - 72);
          for (String line : lines) {
            s.showText(line);
            s.newLineAtOffset(0, -72);
          }
          s.endText();
        }
      }
      pdf.getDocumentInformation().setTitle("Halvorsen letter (fiction)");
      pdf.getDocumentInformation().setSubject(stamp);
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
