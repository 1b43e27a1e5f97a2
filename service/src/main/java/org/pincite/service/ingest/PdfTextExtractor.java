package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.pincite.service.transcript.PdfLineNumbers;
import org.pincite.service.transcript.TranscriptCaption;

/**
 * PDF text with PDFBox, one page at a time: a page that cannot be read is recorded and left empty
 * instead of sinking the whole document (docs/stack-notes.md, "PDFBox page by page"). As the PDF
 * {@link TextExtractor}, a scan without a text layer then goes to {@link TesseractOcr} when it is
 * installed; the {@code extract} methods alone read only the text layer. Line numbers printed in
 * the margin (transcripts, pleading paper) give each page its numbered lines ({@link
 * PdfLineNumbers}).
 */
@ApplicationScoped
public class PdfTextExtractor implements TextExtractor {
  private static final Logger LOG = Logger.getLogger(PdfTextExtractor.class.getName());

  @Inject TesseractOcr ocr;

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.PDF);
  }

  /** The text layer, read from disk when the original is a file; a scan's text by OCR. */
  @Override
  public ExtractionResult extract(Original original) throws IOException {
    ExtractionOutcome text =
        original.file().isPresent()
            ? extract(original.file().get(), original.password())
            : extract(original.bytes(), original.password());
    return ExtractionResult.of(
        text instanceof ExtractionOutcome.NeedsOcr
            ? ocr(original.bytes(), original.password(), original.ocr())
            : text);
  }

  /** A scan without a text layer goes to Tesseract when it is installed. */
  private ExtractionOutcome ocr(byte[] content, String password, OcrWatch watch) {
    if (!ocr.available()) {
      return new ExtractionOutcome.NeedsOcr(
          "The PDF is a scan without a text layer, and Tesseract (OCR) is not installed on the server");
    }
    ExtractionOutcome read = ocr.ocrWithin(content, password, watch);
    if (read instanceof ExtractionOutcome.Extracted extracted
        && extracted.pages().stream().allMatch(String::isBlank)) {
      return new ExtractionOutcome.NeedsOcr("OCR found no words on the scanned pages");
    }
    return read;
  }

  public ExtractionOutcome extract(byte[] pdfBytes) {
    return extract(pdfBytes, null);
  }

  /** As {@link #extract(byte[])}, opening an encrypted PDF with {@code password}. */
  public ExtractionOutcome extract(byte[] pdfBytes, String password) {
    try (PDDocument pdf = Loader.loadPDF(pdfBytes, password == null ? "" : password)) {
      return extract(pdf);
    } catch (InvalidPasswordException e) {
      return needsPassword(password);
    } catch (IOException | RuntimeException e) {
      return new ExtractionOutcome.Failed("The PDF could not be read: " + e.getMessage());
    }
  }

  /**
   * As {@link #extract(byte[], String)}, reading the file on disk as it goes rather than into
   * memory: a PDF of thousands of pages costs the memory of its text, not of its bytes.
   */
  public ExtractionOutcome extract(Path pdfFile, String password) {
    try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile(), password == null ? "" : password)) {
      return extract(pdf);
    } catch (InvalidPasswordException e) {
      return needsPassword(password);
    } catch (IOException | RuntimeException e) {
      return new ExtractionOutcome.Failed("The PDF could not be read: " + e.getMessage());
    }
  }

  private static ExtractionOutcome needsPassword(String password) {
    return new ExtractionOutcome.NeedsPassword(
        password == null
            ? "The PDF is encrypted and needs a password to open"
            : "The password given does not open this PDF");
  }

  private ExtractionOutcome extract(PDDocument pdf) {
    int pageCount = pdf.getNumberOfPages();
    if (pageCount == 0) {
      return new ExtractionOutcome.Failed("The PDF has no pages");
    }
    List<PdfLineNumbers.PageText> read = new ArrayList<>(pageCount);
    List<String> pages = new ArrayList<>(pageCount);
    List<Integer> failed = new ArrayList<>();
    for (int n = 1; n <= pageCount; n++) {
      try {
        read.add(PdfLineNumbers.read(pdf, n));
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "Page " + n + " could not be read", e);
        failed.add(n);
        read.add(new PdfLineNumbers.PageText("", List.of()));
      }
      pages.add(read.get(n - 1).text());
    }
    if (failed.size() == pageCount) {
      return new ExtractionOutcome.Failed(
          "None of the PDF's " + pageCount + " pages could be read");
    }
    if (pages.stream().allMatch(String::isBlank)) {
      return new ExtractionOutcome.NeedsOcr(
          "The PDF has no text layer on any of its " + pageCount + " pages (a scan)");
    }
    PDDocumentInformation info = pdf.getDocumentInformation();
    ExtractionOutcome.Extracted text =
        new ExtractionOutcome.Extracted(
            pages, failed, info.getTitle(), info.getAuthor(), dateOf(info.getCreationDate()), null);
    return PdfLineNumbers.number(read)
        .map(
            lines ->
                text.withLines(
                    lines,
                    TranscriptCaption.read(
                            String.join("\n", pages.subList(0, Math.min(3, pageCount))))
                        .orElse(null)))
        .<ExtractionOutcome>map(e -> e)
        .orElse(text);
  }

  private static LocalDate dateOf(Calendar calendar) {
    return calendar == null
        ? null
        : calendar
            .toInstant()
            .atZone(calendar.getTimeZone().toZoneId())
            .withZoneSameInstant(ZoneOffset.UTC)
            .toLocalDate();
  }
}
