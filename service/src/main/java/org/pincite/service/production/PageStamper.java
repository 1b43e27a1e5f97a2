package org.pincite.service.production;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds a document's produced PDF page by page, each page stamped with its Bates number at the
 * bottom right and its endorsement at the bottom left. The page's own content is shrunk evenly into
 * the space above a margin strip at the bottom, so the stamps never cover it.
 */
final class PageStamper implements AutoCloseable {
  /** The strip at the bottom of every page that holds the stamps, in points. */
  static final float MARGIN = 30;

  private static final float FONT_SIZE = 9;
  private static final float SIDE = 18;
  private static final float BASELINE = 11;
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final PDDocument out = new PDDocument();
  private final LayerUtility layers = new LayerUtility(out);
  private final PDType0Font font;

  PageStamper() throws IOException {
    try (InputStream in = PageStamper.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("Liberation Sans is missing from the PDFBox jar");
      }
      font = PDType0Font.load(out, in);
    }
  }

  /** Page {@code index} (0 first) of {@code source}, shrunk into the margin, then stamped. */
  void addPage(PDDocument source, int index, String bates, String endorsement) throws IOException {
    PDPage original = source.getPage(index);
    PDRectangle box = original.getCropBox();
    boolean turned = original.getRotation() % 180 != 0;
    float w = turned ? box.getHeight() : box.getWidth();
    float h = turned ? box.getWidth() : box.getHeight();
    PDFormXObject form = layers.importPageAsForm(source, index);
    PDPage page = new PDPage(new PDRectangle(w, h));
    out.addPage(page);
    float scale = (h - MARGIN) / h;
    try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
      cs.saveGraphicsState();
      cs.transform(new Matrix(scale, 0, 0, scale, (w - w * scale) / 2, MARGIN));
      cs.drawForm(form);
      cs.restoreGraphicsState();
      stamp(cs, w, bates, endorsement);
    }
  }

  /**
   * A page given as an image drawn at {@code dpi} (a redacted page: no text layer), shrunk and
   * stamped the same way.
   */
  void addImage(BufferedImage image, float dpi, String bates, String endorsement)
      throws IOException {
    float w = image.getWidth() * 72f / dpi;
    float h = image.getHeight() * 72f / dpi;
    PDPage page = new PDPage(new PDRectangle(w, h));
    out.addPage(page);
    PDImageXObject picture = LosslessFactory.createFromImage(out, image);
    float scale = (h - MARGIN) / h;
    try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
      cs.drawImage(picture, (w - w * scale) / 2, MARGIN, w * scale, h * scale);
      stamp(cs, w, bates, endorsement);
    }
  }

  private void stamp(PDPageContentStream cs, float width, String bates, String endorsement)
      throws IOException {
    cs.setNonStrokingColor(0f);
    cs.beginText();
    cs.setFont(font, FONT_SIZE);
    float batesWidth = font.getStringWidth(bates) / 1000 * FONT_SIZE;
    cs.newLineAtOffset(width - SIDE - batesWidth, BASELINE);
    cs.showText(bates);
    cs.endText();
    if (endorsement != null && !endorsement.isBlank()) {
      cs.beginText();
      cs.setFont(font, FONT_SIZE);
      cs.newLineAtOffset(SIDE, BASELINE);
      cs.showText(endorsement);
      cs.endText();
    }
  }

  int pageCount() {
    return out.getNumberOfPages();
  }

  PDDocument document() {
    return out;
  }

  void save(OutputStream stream) throws IOException {
    out.save(stream);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
