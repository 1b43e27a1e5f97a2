package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A picture attachment is an image OCR'd, or one waiting for OCR: never a failure. */
class ImageTextExtractorTest {
  /** A picture of a fictitious receipt line, drawn here. */
  private static byte[] picture(String words) throws IOException {
    BufferedImage image = new BufferedImage(1400, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1400, 300);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 72));
    g.drawString(words, 40, 180);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void aPictureIsReadByOcrAndSaysWhatItIs() throws IOException {
    TesseractOcr ocr = new TesseractOcr();
    Assumptions.assumeTrue(ocr.available(), "tesseract is not installed here");
    ExtractionOutcome.Extracted text =
        assertInstanceOf(
            ExtractionOutcome.Extracted.class,
            new ImageTextExtractor(ocr)
                .extract(Original.ofBytes(picture("Receipt for invoice"), null))
                .outcome());
    assertEquals("An image (PNG), OCR'd", text.note());
    assertTrue(text.pages().get(0).contains("Receipt"), text.pages().get(0));
  }

  @Test
  void withoutTesseractAPictureWaitsForOcrAndSaysSo() throws IOException {
    ExtractionOutcome.NeedsOcr waiting =
        assertInstanceOf(
            ExtractionOutcome.NeedsOcr.class,
            new ImageTextExtractor(new TesseractOcr("no-such-tesseract-here"))
                .extract(Original.ofBytes(picture("x"), null))
                .outcome());
    assertTrue(waiting.reason().startsWith("An image (PNG); Tesseract"), waiting.reason());
  }
}
