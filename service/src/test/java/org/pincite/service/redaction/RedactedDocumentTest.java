package org.pincite.service.redaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionReason;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.ingest.TesseractOcr;
import org.pincite.service.page.PdfTextLayout;
import org.pincite.service.render.RenderBudget;
import org.pincite.service.store.LocalOriginalStore;
import org.pincite.service.store.OriginalStore;

/**
 * A redacted copy read back as a recipient would: the text PDFBox extracts from it, the words
 * Tesseract reads on its page images, every string and stream the PDF holds, and the original's
 * SHA-256 afterwards. The letter is fiction written for this test.
 */
class RedactedDocumentTest {
  private static final String PRIVILEGED =
      "Counsel advised that the Halvorsen merger was unlawful.";
  private static final String KEPT = "Shipment schedule attached for Wednesday delivery.";
  private static final String PATIENT = "The patient Jane Roe was discharged on Tuesday.";
  private static final String APPENDIX = "Appendix page remains searchable text.";

  /** Over the first line of page 1: its baseline is 72 pt from the top of a 792 pt page. */
  private static final Redaction.Box OVER_FIRST_LINE = new Redaction.Box(0.05, 0.065, 0.9, 0.04);

  @TempDir Path dir;
  private OriginalStore store;
  private String sha256;
  private List<String> texts;
  private final PdfTextLayout layout = new PdfTextLayout();

  @BeforeEach
  void aLetterOfThreePages() throws IOException {
    Path file = dir.resolve("letter.pdf");
    try (PDDocument pdf = new PDDocument()) {
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
      pdf.getDocumentInformation().setTitle("Letter about the Halvorsen merger");
      pdf.save(file.toFile());
    }
    store = new LocalOriginalStore(dir.resolve("originals"));
    try (InputStream in = Files.newInputStream(file)) {
      sha256 = store.store(in).sha256();
    }
    texts = ((ExtractionOutcome.Extracted) new PdfTextExtractor().extract(file, null)).pages();
  }

  private RedactedArea box(long id, int page, Redaction.Box box) {
    return new RedactedArea(id, RedactionReason.PRIVILEGE, page, page, box, Map.of());
  }

  private RedactedArea words(long id, int page, String words) {
    int at = texts.get(page - 1).indexOf(words);
    assertTrue(at >= 0, words);
    return new RedactedArea(
        id,
        RedactionReason.PRIVACY,
        page,
        page,
        null,
        Map.of(page, new int[] {at, at + words.length()}));
  }

  private RedactedDocument copy(TesseractOcr ocr, RedactedArea... areas) {
    return copyOf(texts, ocr, areas);
  }

  /** The letter as if its stored texts were {@code pageTexts} (an OCR's, say). */
  private RedactedDocument copyOf(List<String> pageTexts, TesseractOcr ocr, RedactedArea... areas) {
    return new RedactedDocument(
        7L, sha256, true, pageTexts, List.of(areas), store, layout, RenderBudget.server(), ocr);
  }

  @Test
  void theRedactedWordsAreInNeitherTheTextNorTheImagesWhileTheOthersRemain() throws Exception {
    String before = sha256Of(store.verifiedFile(sha256));
    RedactedDocument copy =
        copy(new TesseractOcr(), box(1, 1, OVER_FIRST_LINE), words(2, 2, "Jane Roe"));
    assertEquals(List.of(1, 2), List.copyOf(copy.redactedPages()));

    // The texts a production's TEXT file is made of.
    String page1 = copy.text(1);
    assertFalse(page1.contains("Halvorsen") || page1.contains("Counsel"), page1);
    assertTrue(page1.contains(RedactedDocument.MARK) && page1.contains(KEPT), page1);
    assertEquals(
        texts.get(1).replace("Jane Roe", RedactedDocument.MARK), copy.text(2), "only the range");
    assertEquals(texts.get(2), copy.text(3), "a page without redactions keeps its text");

    // The PDF: the redacted pages are images without text, the last page is as it was.
    byte[] pdf = copy.pdf(150);
    try (PDDocument produced = Loader.loadPDF(pdf)) {
      assertEquals(3, produced.getNumberOfPages());
      assertTrue(textOf(produced, 1).isBlank(), "no text layer on a redacted page");
      assertTrue(textOf(produced, 2).isBlank(), "no text layer on a redacted page");
      assertTrue(textOf(produced, 3).contains(APPENDIX), textOf(produced, 3));
      String everything = everyStringAndStream(produced);
      for (String secret : List.of("Halvorsen", "Jane Roe", "unlawful")) {
        assertFalse(everything.contains(secret), secret + " is nowhere in the PDF's objects");
      }
      // What OCR reads on the produced pages.
      String ocr1 = ocr(new PDFRenderer(produced).renderImage(0, 300 / 72f, ImageType.GRAY));
      assertFalse(ocr1.contains("Halvorsen") || ocr1.contains("unlawful"), ocr1);
      assertTrue(ocr1.contains("Shipment") && ocr1.contains("Wednesday"), ocr1);
      String ocr2 = ocr(new PDFRenderer(produced).renderImage(1, 300 / 72f, ImageType.GRAY));
      assertFalse(ocr2.contains("Jane") || ocr2.contains("Roe"), ocr2);
      assertTrue(ocr2.contains("patient") && ocr2.contains("discharged"), ocr2);
    }

    // The box is opaque black with the word REDACTED written in white.
    java.awt.image.BufferedImage boxed = copy.pageImage(1, 200);
    int black = 0, white = 0, all = 0;
    for (int y = (int) (0.07 * boxed.getHeight()); y < 0.1 * boxed.getHeight(); y++) {
      for (int x = (int) (0.06 * boxed.getWidth()); x < 0.94 * boxed.getWidth(); x++) {
        int rgb = boxed.getRGB(x, y) & 0xffffff;
        black += rgb == 0 ? 1 : 0;
        white += rgb == 0xffffff ? 1 : 0;
        all++;
      }
    }
    assertTrue(black > all * 0.6, black + " of " + all + " pixels are black");
    assertTrue(white > 200, "the stamp's letters are white: " + white + " pixels");
    String stamped = ocr(inverted(boxed));
    assertTrue(stamped.contains(RedactedDocument.STAMP), "the box reads REDACTED: " + stamped);

    // The page image alone, as single-page TIFFs are made.
    String ocrImage = ocr(ImageIO.read(new ByteArrayInputStream(copy.pagePng(2, 300))));
    assertFalse(ocrImage.contains("Jane") || ocrImage.contains("Roe"), ocrImage);
    assertTrue(ocrImage.contains("discharged"), ocrImage);

    assertEquals(sha256, before, "the original is what it was stored as");
    assertEquals(before, sha256Of(store.verifiedFile(sha256)), "and it was not changed");
  }

  @Test
  void aDocumentWithoutRedactionsIsItsOriginalByteForByte() throws IOException {
    RedactedDocument copy = copy(null);
    assertFalse(copy.isRedacted());
    assertArrayEquals(Files.readAllBytes(store.verifiedFile(sha256)), copy.pdf(150));
    assertEquals(texts.get(0), copy.text(1));
  }

  @Test
  void wordsWhosePlaceIsNotKnownAreNeverDrawnUnredacted() throws IOException {
    List<String> ocrText = List.of("Counsel advised (as OCR read it)", PATIENT, APPENDIX);
    RedactedDocument copy =
        copyOf(
            ocrText,
            null,
            new RedactedArea(
                3, RedactionReason.PRIVILEGE, 1, 1, null, Map.of(1, new int[] {0, 7})));
    RedactionNotPlaceableException refused =
        assertThrows(RedactionNotPlaceableException.class, () -> copy.pagePng(1, 100));
    assertTrue(refused.getMessage().contains("draw a box over them instead"), refused.getMessage());
    assertThrows(RedactionNotPlaceableException.class, () -> copy.pdf(100));
  }

  @Test
  void aBoxOnAPageWhoseWordsCannotBePlacedWithholdsThePageTextWithoutOcr() {
    List<String> ocrText = List.of("Counsel advised (as OCR read it)", PATIENT, APPENDIX);
    RedactedDocument copy = copyOf(ocrText, null, box(4, 1, OVER_FIRST_LINE));
    assertEquals(RedactedDocument.MARK, copy.text(1));
    assertEquals(PATIENT, copy.text(2));
  }

  @Test
  void anEncryptedPdfIsRefusedWithItsReasonNotDrawn() throws IOException {
    Path file = dir.resolve("locked.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage(PDRectangle.LETTER));
      org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy lock =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-secret",
              "user-secret",
              new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      pdf.protect(lock);
      pdf.save(file.toFile());
    }
    String locked;
    try (InputStream in = Files.newInputStream(file)) {
      locked = store.store(in).sha256();
    }
    RedactedDocument copy =
        new RedactedDocument(
            8L,
            locked,
            true,
            List.of(""),
            List.of(box(5, 1, OVER_FIRST_LINE)),
            store,
            layout,
            RenderBudget.server(),
            null);
    RedactionNotPlaceableException refused =
        assertThrows(RedactionNotPlaceableException.class, () -> copy.pdf(100));
    assertTrue(refused.getMessage().contains("encrypted PDF"), refused.getMessage());
  }

  @Test
  void rangesMergeWhenTheyTouchOrOnlySpacesPartThem() {
    String text = "one two three\nfour five";
    assertEquals(
        "one [REDACTED]\n[REDACTED] five",
        RedactedDocument.replace(
            text, List.of(new int[] {4, 7}, new int[] {8, 13}, new int[] {14, 18})));
    assertEquals(
        "[REDACTED] three\nfour five",
        RedactedDocument.replace(text, List.of(new int[] {0, 5}, new int[] {2, 7})));
    java.util.BitSet half = new java.util.BitSet();
    half.set(5); // the "w" of "two"
    assertArrayEquals(
        new int[] {4, 7}, RedactedDocument.wholeWords(text, half).get(0), "the whole word goes");
  }

  /** White on black read as black on white, as OCR reads best. */
  private static java.awt.image.BufferedImage inverted(java.awt.image.BufferedImage image) {
    java.awt.image.BufferedImage out =
        new java.awt.image.BufferedImage(
            image.getWidth(), image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        out.setRGB(x, y, ~image.getRGB(x, y) & 0xffffff);
      }
    }
    return out;
  }

  private static String textOf(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  /** Every string of the PDF and every stream decoded, as Latin-1, for a search of its words. */
  private static String everyStringAndStream(PDDocument pdf) throws IOException {
    StringBuilder all = new StringBuilder();
    for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
      COSBase object = pdf.getDocument().getObjectFromPool(key).getObject();
      if (object instanceof COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
          all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
          // an image filter PDFBox cannot decode: not text
        }
      } else if (object instanceof COSString string) {
        all.append(string.getString());
      }
      all.append('\n');
    }
    all.append(pdf.getDocumentInformation().getCOSObject());
    return all.toString();
  }

  private String ocr(java.awt.image.BufferedImage image) throws Exception {
    Path png = Files.createTempFile(dir, "page-", ".png");
    ImageIO.write(image, "png", png.toFile());
    ProcessBuilder tesseract =
        new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    tesseract.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = tesseract.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "tesseract ran");
    return out;
  }

  private static String sha256Of(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
