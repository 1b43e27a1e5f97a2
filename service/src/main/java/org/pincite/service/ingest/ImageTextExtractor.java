package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pictures (an email's photographed receipt, a scanned page sent as a JPEG): one page whose words
 * are what Tesseract reads in it. Its status says what it is: an image OCR'd, an image without
 * words OCR could read, or an image waiting for OCR when Tesseract is not installed; never a
 * failure that a retry could not mend.
 */
@ApplicationScoped
public class ImageTextExtractor implements TextExtractor {
  @Inject TesseractOcr ocr;

  public ImageTextExtractor() {}

  /** An extractor running this OCR, e.g. in a test without a container. */
  public ImageTextExtractor(TesseractOcr ocr) {
    this.ocr = ocr;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp");
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    return ExtractionResult.of(extract(original.bytes(), kindOf(original.bytes())));
  }

  /** "image/png" and the like, from the picture's first bytes. */
  static String kindOf(byte[] b) {
    if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
      return "image/jpeg";
    }
    if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
      return "image/gif";
    }
    if (b.length >= 2 && ((b[0] == 'I' && b[1] == 'I') || (b[0] == 'M' && b[1] == 'M'))) {
      return "image/tiff";
    }
    return b.length >= 2 && b[0] == 'B' && b[1] == 'M' ? "image/bmp" : "image";
  }

  /** The words in {@code image}, a picture of the kind {@code what} ("image/png"). */
  public ExtractionOutcome extract(byte[] image, String what) {
    String kind =
        "An image"
            + (what.startsWith("image/")
                ? " (" + what.substring(6).toUpperCase(Locale.ROOT) + ")"
                : "");
    if (!ocr.available()) {
      return new ExtractionOutcome.NeedsOcr(
          kind + "; Tesseract (OCR) is not installed on the server, so its words were not read");
    }
    ExtractionOutcome read = ocr.ocrImage(image);
    if (read instanceof ExtractionOutcome.Extracted text) {
      boolean words = text.pages().stream().anyMatch(p -> !p.isBlank());
      return new ExtractionOutcome.Extracted(
          List.of(text.pages().get(0)),
          List.of(),
          null,
          null,
          null,
          null,
          List.of(),
          words ? kind + ", OCR'd" : kind + ", OCR'd: it holds no words OCR could read");
    }
    return read;
  }
}
