package org.pincite.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.service.Corpus;

/**
 * OCR through the real {@code tesseract} command, on a corpus scan and on an image of known text.
 */
class TesseractOcrTest {
  private static final Logger LOG = Logger.getLogger(TesseractOcrTest.class.getName());

  /** Scanned Supreme Court slip opinion, 2 pages, no text layer. */
  private static final String SCAN = "pdf/court_doctor_image-pdf.pdf";

  private final TesseractOcr ocr = new TesseractOcr();

  private void assumeTesseract() {
    if (!ocr.available()) {
      String why =
          "tesseract is not installed here (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor): skipping OCR test";
      LOG.warning(why);
      Assumptions.abort(why);
    }
  }

  @Test
  void aCorpusScanComesBackAsWords() throws IOException {
    assumeTesseract();
    Corpus.Entry scan = Corpus.entries(SCAN).get(0);
    assertTrue(scan.special().contains("NO text layer"), scan.special());
    byte[] firstPages = firstPages(Files.readAllBytes(scan.path()), 2);
    assertInstanceOf(
        ExtractionOutcome.NeedsOcr.class,
        new PdfTextExtractor().extract(firstPages),
        "the scan must really have no text layer");

    List<Integer> progress = new ArrayList<>();
    long start = System.nanoTime();
    ExtractionOutcome outcome = ocr.ocr(firstPages, null, progress::add);
    LOG.info(
        String.format(
            "OCR of 2 pages of %s took %.1f s", scan.file(), (System.nanoTime() - start) / 1e9));

    ExtractionOutcome.Extracted text =
        assertInstanceOf(ExtractionOutcome.Extracted.class, outcome, String.valueOf(outcome));
    assertEquals(2, text.pages().size());
    assertEquals(List.of(), text.failedPages());
    assertEquals(List.of(1, 2), progress);
    for (String page : text.pages()) {
      assertTrue(page.chars().filter(Character::isLetter).count() >= 20, page);
    }
    String first = text.pages().get(0).toLowerCase(Locale.ROOT);
    assertTrue(first.contains("supreme court of the united states"), first);
    assertTrue(first.contains("tarrant regional water district"), first);
    assertTrue(
        text.pages().get(1).toLowerCase(Locale.ROOT).contains("syllabus"), text.pages().get(1));
  }

  @Test
  void textDrawnIntoAnImageIsRead() throws IOException {
    assumeTesseract();
    ExtractionOutcome outcome =
        ocr.ocr(imageOfText("PINCITE EXHIBIT 42", "Summary judgment granted"), null, null);

    ExtractionOutcome.Extracted text =
        assertInstanceOf(ExtractionOutcome.Extracted.class, outcome, String.valueOf(outcome));
    String page = text.pages().get(0).toLowerCase(Locale.ROOT);
    assertTrue(page.contains("pincite exhibit 42"), page);
    assertTrue(page.contains("summary judgment granted"), page);
  }

  @Test
  void aMissingBinaryIsNotAvailableAndFailsEveryPage() throws IOException {
    TesseractOcr missing = new TesseractOcr("/nonexistent/tesseract");
    assertFalse(missing.available());
    assertFalse(missing.available()); // remembered, still false

    ExtractionOutcome outcome = missing.ocr(imageOfText("ANYTHING", "at all"), null, null);
    ExtractionOutcome.Failed failed = assertInstanceOf(ExtractionOutcome.Failed.class, outcome);
    assertTrue(failed.reason().contains("/nonexistent/tesseract"), failed.reason());
  }

  @Test
  void aPageThatTakesTooLongIsStoppedAndRecordedAsFailed(@TempDir Path dir) throws IOException {
    Path slow = dir.resolve("slow-tesseract");
    Files.writeString(slow, "#!/bin/sh\nexec sleep 60\n");
    Assumptions.assumeTrue(
        slow.toFile().setExecutable(true) && Files.isExecutable(Path.of("/bin/sh")),
        "needs a POSIX shell");
    TesseractOcr stuck = new TesseractOcr(slow.toString(), Duration.ofSeconds(1));

    long start = System.nanoTime();
    ExtractionOutcome outcome = stuck.ocr(imageOfText("NEVER", "read"), null, null);
    ExtractionOutcome.Failed failed = assertInstanceOf(ExtractionOutcome.Failed.class, outcome);
    assertTrue(failed.reason().contains("longer than 1 s"), failed.reason());
    assertTrue(
        System.nanoTime() - start < 15_000_000_000L, "the stuck process is killed, not waited for");
  }

  @Test
  void anEncryptedPdfNeedsItsPassword() throws IOException {
    byte[] plain = imageOfText("SEALED", "exhibit");
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (PDDocument document = Loader.loadPDF(plain)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(encrypted);
    }

    ExtractionOutcome outcome = ocr.ocr(encrypted.toByteArray(), null, null);
    assertInstanceOf(ExtractionOutcome.NeedsPassword.class, outcome);
    assertInstanceOf(
        ExtractionOutcome.NeedsPassword.class, ocr.ocr(encrypted.toByteArray(), "wrong", null));
  }

  /** A new PDF holding the first {@code count} pages of {@code pdf}, to keep the test short. */
  private static byte[] firstPages(byte[] pdf, int count) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf);
        PDDocument target = new PDDocument()) {
      for (int i = 0; i < Math.min(count, source.getNumberOfPages()); i++) {
        target.importPage(source.getPage(i));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.save(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF whose only content is an image of two lines of large black text. */
  private static byte[] imageOfText(String line1, String line2) throws IOException {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 90);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D measure = probe.createGraphics();
    int textWidth =
        Math.max(
            measure.getFontMetrics(font).stringWidth(line1),
            measure.getFontMetrics(font).stringWidth(line2));
    measure.dispose();
    BufferedImage image = new BufferedImage(textWidth + 160, 500, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font);
      g.drawString(line1, 80, 180);
      g.drawString(line2, 80, 380);
    } finally {
      g.dispose();
    }
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
      // As if scanned at 200 dpi, or shrunk to fit within the page's margins.
      float scale = Math.min(72f / 200, (PDRectangle.LETTER.getWidth() - 72) / image.getWidth());
      float width = image.getWidth() * scale;
      float height = image.getHeight() * scale;
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(xobject, 36, PDRectangle.LETTER.getHeight() - 72 - height, width, height);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
