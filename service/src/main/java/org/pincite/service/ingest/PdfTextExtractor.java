package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pincite.domain.document.NumberedLine;
import org.pincite.service.cite.DocumentNames;
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
  @Inject PdfRepair repair;
  @Inject PopplerText poppler;

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
    byte[] readable = null;
    String how = null;
    if (text instanceof ExtractionOutcome.Failed failed) {
      for (PdfRepair.Repaired copy : repair.repairs(original.bytes())) {
        ExtractionOutcome again = extract(copy.pdf(), original.password());
        if (!(again instanceof ExtractionOutcome.Failed)) {
          text = again;
          readable = copy.pdf();
          how =
              "Read from a copy of the damaged PDF ("
                  + copy.how()
                  + "); the original is kept as received";
          break;
        }
      }
      if (readable == null && repair.skipped() != null) {
        text = new ExtractionOutcome.Failed(failed.reason() + " (" + repair.skipped() + ")");
      }
    }
    byte[] pdf = readable != null ? readable : null;
    if (text instanceof ExtractionOutcome.NeedsOcr) {
      // PDFBox saw no text on any page: a damaged file's streams may still hold words poppler
      // reads.
      Optional<List<String>> layer =
          poppler.pages(pdf != null ? pdf : original.bytes(), original.password());
      if (layer.isPresent()) {
        List<String> pages = layer.get();
        text =
            new ExtractionOutcome.Extracted(
                pages,
                List.of(),
                DocumentNames.title(null, pages).orElse(null),
                null,
                DocumentNames.date(pages).orElse(null),
                null,
                List.of());
        String read =
            "PDFBox found no text on its pages (damaged content streams); their words are those"
                + " poppler's pdftotext read";
        how = how == null ? read : how + "; " + read;
      }
    }
    if (text instanceof ExtractionOutcome.NeedsOcr) {
      text = ocr(pdf != null ? pdf : original.bytes(), original.password(), original.ocr());
    } else if (text instanceof ExtractionOutcome.Extracted layer
        && layer.pages().stream().anyMatch(PdfTextExtractor::isSliver)) {
      text = ocrUnderStamps(layer, pdf != null ? pdf : original.bytes(), original);
    }
    if (how != null && text instanceof ExtractionOutcome.Extracted extracted) {
      text = extracted.noted(how);
    }
    return ExtractionResult.of(text);
  }

  /**
   * A page whose text layer is a sliver (a stamp, a Bates number, a header) over a full-page image
   * is a scan: its image is OCR'd and the OCR text kept after the layer's own words. A scanned page
   * whose layer holds real text (an earlier OCR) is left alone.
   */
  private ExtractionOutcome ocrUnderStamps(
      ExtractionOutcome.Extracted layer, byte[] content, Original original) {
    Set<Integer> scans = scannedSlivers(content, original.password(), layer.pages());
    if (scans.isEmpty()) {
      return layer;
    }
    String which = pageList(scans);
    if (!ocr.available()) {
      return layer.noted(
          which
              + " are scans whose text layer is only a stamp; Tesseract (OCR) is not installed on the server, so their words were not read");
    }
    ExtractionOutcome read = ocr.ocrWithin(content, original.password(), original.ocr(), scans);
    if (!(read instanceof ExtractionOutcome.Extracted found)) {
      String why =
          read instanceof ExtractionOutcome.NeedsOcr n
              ? n.reason()
              : read instanceof ExtractionOutcome.Failed f ? f.reason() : String.valueOf(read);
      return layer.noted(which + " are scans under a stamp; their OCR did not finish: " + why);
    }
    List<String> merged = new ArrayList<>(layer.pages());
    for (int n : scans) {
      String words = found.pages().get(n - 1);
      if (!words.isBlank()) {
        String own = merged.get(n - 1).stripTrailing();
        merged.set(n - 1, own.isEmpty() ? words : own + "\n" + words);
      }
    }
    return new ExtractionOutcome.Extracted(
            merged,
            layer.failedPages(),
            layer.title(),
            layer.author(),
            layer.date(),
            null,
            layer.pageLabels(),
            layer.note())
        .noted(which + " were OCR'd: scans whose text layer is only a stamp");
  }

  /** Fewer letters than a line of text: a stamp, a Bates number, a header. */
  static final int SLIVER_LETTERS = 150;

  static boolean isSliver(String layerText) {
    return layerText.codePoints().filter(Character::isLetterOrDigit).count() < SLIVER_LETTERS;
  }

  /** The pages (from 1) whose layer is a sliver and that are drawn by a full-page image. */
  static Set<Integer> scannedSlivers(byte[] content, String password, List<String> layer) {
    Set<Integer> scans = new TreeSet<>();
    try (PDDocument pdf = Loader.loadPDF(content, password == null ? "" : password)) {
      for (int n = 1; n <= Math.min(layer.size(), pdf.getNumberOfPages()); n++) {
        if (isSliver(layer.get(n - 1)) && fullPageImage(pdf.getPage(n - 1))) {
          scans.add(n);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "The PDF's page images could not be looked at", e);
    }
    return scans;
  }

  /**
   * Whether the page holds an image of about its own shape at scan resolution (at least 100 dpi
   * across the page): a scanned page.
   */
  static boolean fullPageImage(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    if (resources == null) {
      return false;
    }
    PDRectangle box = page.getCropBox();
    double pageRatio = box.getWidth() / box.getHeight();
    boolean rotated = page.getRotation() % 180 != 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image) {
        double w = image.getWidth();
        double h = image.getHeight();
        double ratio = rotated ? h / w : w / h;
        boolean sameShape = Math.abs(ratio - pageRatio) / pageRatio < 0.2;
        boolean scanResolution =
            Math.max(w, h) >= 100 * Math.max(box.getWidth(), box.getHeight()) / 72;
        if (sameShape && scanResolution) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Page 3" or "Pages 1–14" or "Pages 2, 5 and 7". */
  static String pageList(Set<Integer> pages) {
    List<Integer> list = new ArrayList<>(pages);
    if (list.size() == 1) {
      return "Page " + list.get(0);
    }
    boolean run = list.get(list.size() - 1) - list.get(0) == list.size() - 1;
    if (run) {
      return "Pages " + list.get(0) + "\u2013" + list.get(list.size() - 1);
    }
    StringBuilder s = new StringBuilder("Pages ");
    for (int i = 0; i < list.size(); i++) {
      s.append(i == 0 ? "" : i == list.size() - 1 ? " and " : ", ").append(list.get(i));
    }
    return s.toString();
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
    LocalDate date = dateOf(info.getCreationDate());
    ExtractionOutcome.Extracted text =
        new ExtractionOutcome.Extracted(
            pages,
            failed,
            DocumentNames.title(info.getTitle(), pages).orElse(null),
            info.getAuthor(),
            date != null ? date : DocumentNames.date(pages).orElse(null),
            null,
            pageLabels(pdf));
    return PdfLineNumbers.number(read)
        .map(
            lines ->
                text.withLines(
                    lines,
                    TranscriptCaption.read(captionText(pages, lines, Math.min(3, pageCount)))
                        .orElse(null)))
        .<ExtractionOutcome>map(e -> e)
        .orElse(text);
  }

  /**
   * The text of the first {@code count} pages to read a transcript's caption from: their numbered
   * lines first, in the order of the transcript's pages (a condensed sheet's four pages one after
   * another, not its two columns' rows run together, which would make "DEPOSITION OF JANE Q. ROE Q.
   * Question 3 about widgets?"), then the pages as read, for a caption printed off the lines.
   */
  private static String captionText(List<String> pages, List<List<NumberedLine>> lines, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count && i < lines.size(); i++) {
      String page = pages.get(i);
      lines.get(i).stream()
          .sorted(
              java.util.Comparator.comparingInt(NumberedLine::getPrintedPage)
                  .thenComparingInt(NumberedLine::getNumber))
          .filter(l -> l.getStart() >= 0 && l.getEnd() <= page.length())
          .forEach(l -> s.append(page, l.getStart(), l.getEnd()).append('\n'));
    }
    return s.append('\n').append(String.join("\n", pages.subList(0, count))).toString();
  }

  /**
   * The page labels the PDF declares (/PageLabels), or none when it declares none or they are
   * unreadable.
   */
  private static List<String> pageLabels(PDDocument pdf) {
    try {
      PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
      return labels == null ? List.of() : Arrays.asList(labels.getLabelsByPageIndices());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "The PDF's page labels could not be read", e);
      return List.of();
    }
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
