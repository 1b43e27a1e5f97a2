package org.pincite.service.redaction;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.TesseractOcr;
import org.pincite.service.page.PdfTextLayout;
import org.pincite.service.render.RenderBudget;
import org.pincite.service.store.OriginalStore;

/**
 * One document as a production may show it: its redactions read once ({@link RedactedPages#of}),
 * then its pages drawn with every redaction burned in, its page texts with the redacted words
 * replaced by {@value #MARK}, and the whole document as a PDF whose redacted pages are images only.
 * Holds no entity and needs no transaction: it can draw a thousand pages after the transaction that
 * read it has ended. The original is only read (checked against its SHA-256), never written.
 *
 * <p>Where a redaction's place on a page cannot be known (the words of a range whose page has no
 * text positions), nothing is drawn: {@link RedactionNotPlaceableException}, never a page with the
 * words still on it.
 */
public final class RedactedDocument {
  /** What stands in a page's text where words were redacted. */
  public static final String MARK = "[REDACTED]";

  /** The word burned into each box. */
  public static final String STAMP = "REDACTED";

  /** The resolution at which a page whose words' places are unknown is read back by OCR. */
  private static final float OCR_DPI = 300;

  private final long documentId;
  private final String sha256;
  private final boolean pdf;
  private final List<String> pageTexts;
  private final List<RedactedArea> areas;
  private final OriginalStore store;
  private final PdfTextLayout layout;
  private final RenderBudget budget;
  private final TesseractOcr ocr;

  RedactedDocument(
      long documentId,
      String sha256,
      boolean pdf,
      List<String> pageTexts,
      List<RedactedArea> areas,
      OriginalStore store,
      PdfTextLayout layout,
      RenderBudget budget,
      TesseractOcr ocr) {
    this.documentId = documentId;
    this.sha256 = sha256;
    this.pdf = pdf;
    this.pageTexts = List.copyOf(pageTexts);
    this.areas = List.copyOf(areas);
    this.store = store;
    this.layout = layout;
    this.budget = budget;
    this.ocr = ocr;
  }

  public long documentId() {
    return documentId;
  }

  /** The SHA-256 of the original this copy is drawn from (unchanged by any redaction). */
  public String sha256() {
    return sha256;
  }

  /** Whether the original is a PDF: only PDFs have page images and a redacted PDF copy. */
  public boolean isPdf() {
    return pdf;
  }

  public int pageCount() {
    return pageTexts.size();
  }

  /** Whether anything in the document is redacted. */
  public boolean isRedacted() {
    return !areas.isEmpty();
  }

  /** Whether anything on page {@code page} (1 first) is redacted. */
  public boolean isRedacted(int page) {
    return areas.stream().anyMatch(a -> a.isOn(page));
  }

  /** The pages with something redacted on them, in order. */
  public SortedSet<Integer> redactedPages() {
    SortedSet<Integer> pages = new TreeSet<>();
    for (RedactedArea a : areas) {
      for (int n = a.firstPage(); n <= a.lastPage(); n++) {
        pages.add(n);
      }
    }
    return pages;
  }

  /** The redactions, in page order. */
  public List<RedactedArea> areas() {
    return areas;
  }

  /**
   * Page {@code page}'s text with every redacted word replaced by {@value #MARK}: a range's
   * characters, and the words drawn at least partly under a box. A page with a box whose words'
   * places are not known (an OCR'd scan) is read again by OCR from its redacted image; without
   * Tesseract its whole text is withheld as one {@value #MARK}.
   */
  public String text(int page) {
    String text = pageText(page);
    if (!isRedacted(page)) {
      return text;
    }
    List<int[]> ranges = new ArrayList<>();
    for (RedactedArea a : areasOn(page)) {
      if (a.isBox()) {
        Optional<BitSet> under =
            pdf
                ? layout.charactersIn(sha256, this::originalFile, page, text, a.layoutBox())
                : Optional.empty();
        if (under.isEmpty()) {
          return readBack(page);
        }
        ranges.addAll(wholeWords(text, under.get()));
      } else {
        a.charactersOn(page).ifPresent(ranges::add);
      }
    }
    return replace(text, ranges);
  }

  /** Every page's text, redacted, in order (page 1 first). */
  public List<String> texts() {
    List<String> all = new ArrayList<>(pageCount());
    for (int n = 1; n <= pageCount(); n++) {
      all.add(text(n));
    }
    return all;
  }

  /**
   * Page {@code page} drawn at {@code dpi} (lower for a page too large for the render budget), with
   * every redaction on it burned in: opaque black, {@value #STAMP} written in it. A page without
   * redactions is drawn as it is.
   *
   * @throws RedactionNotPlaceableException when a redacted range's place on the page is not known
   * @throws RenderBudget.RenderBusyException when the server's pixels were not free in time
   */
  public BufferedImage pageImage(int page, float dpi) throws IOException {
    requirePdf();
    pageText(page);
    try (PDDocument document = openOriginal()) {
      return burned(document, new PDFRenderer(document), page, dpi);
    }
  }

  /** As {@link #pageImage}, as PNG bytes. */
  public byte[] pagePng(int page, float dpi) throws IOException {
    return png(pageImage(page, dpi));
  }

  /**
   * The whole document as a PDF: each redacted page replaced by its burned-in image drawn at {@code
   * dpi} (an image only: no text, fonts, annotations or links remain on it), every other page as it
   * is (its content, resources and annotations; form fields and links into the document are left
   * out, as they would reach the redacted pages). Nothing of the original's catalogue comes along
   * (outline, structure tree, attachments, scripts, metadata), since any of them may repeat
   * redacted words. A document without redactions is its original, byte for byte.
   */
  public void writePdf(OutputStream out, float dpi) throws IOException {
    requirePdf();
    if (!isRedacted()) {
      Files.copy(originalFile(), out);
      return;
    }
    try (PDDocument source = openOriginal();
        PDDocument copy = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int n = 1; n <= source.getNumberOfPages(); n++) {
        PDPage page = source.getPage(n - 1);
        if (isRedacted(n)) {
          addImagePage(copy, page, burned(source, renderer, n, dpi));
        } else {
          keepWithoutLinks(copy.importPage(page));
        }
      }
      copy.getDocumentInformation().setProducer("Pincite (redacted copy)");
      copy.save(out);
    }
  }

  /** As {@link #writePdf}, in memory. */
  public byte[] pdf(float dpi) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePdf(out, dpi);
    return out.toByteArray();
  }

  private BufferedImage burned(PDDocument document, PDFRenderer renderer, int page, float dpi)
      throws IOException {
    List<PdfTextLayout.Box> boxes = blackBoxes(page);
    BufferedImage image = budget.render(document, renderer, page - 1, dpi, ImageType.RGB);
    burn(image, boxes);
    return image;
  }

  /** Where page {@code page} is to be black: the boxes, and the glyphs of the ranges. */
  private List<PdfTextLayout.Box> blackBoxes(int page) {
    List<PdfTextLayout.Box> boxes = new ArrayList<>();
    String text = pageText(page);
    for (RedactedArea a : areasOn(page)) {
      if (a.isBox()) {
        boxes.add(a.layoutBox());
        continue;
      }
      int[] chars = a.charactersOn(page).orElseThrow();
      if (text.substring(chars[0], chars[1]).isBlank()) {
        continue; // a range ending at the top of its last page, say: nothing drawn there
      }
      if (!layout.knowsPositions(sha256, this::originalFile, page, text)) {
        throw new RedactionNotPlaceableException(
            "Redaction "
                + a.id()
                + " covers words on page "
                + page
                + " whose place on the page is not known (the page's text was read by OCR, or"
                + " differently from the file's text layer): draw a box over them instead");
      }
      List<PdfTextLayout.Box> glyphs =
          layout.boxes(sha256, this::originalFile, page, text, chars[0], chars[1]);
      if (glyphs.isEmpty()) {
        throw new RedactionNotPlaceableException(
            "Redaction " + a.id() + " covers no drawn words on page " + page);
      }
      boxes.addAll(glyphs);
    }
    return boxes;
  }

  /** Opaque black over each box (a pixel wider on every side), the stamp written in white. */
  static void burn(BufferedImage image, List<PdfTextLayout.Box> boxes) {
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int width = image.getWidth();
      int height = image.getHeight();
      for (PdfTextLayout.Box b : boxes) {
        int left = clamp((int) Math.floor(b.x() * width) - 1, width);
        int top = clamp((int) Math.floor(b.y() * height) - 1, height);
        int right = clamp((int) Math.ceil((b.x() + b.width()) * width) + 1, width);
        int bottom = clamp((int) Math.ceil((b.y() + b.height()) * height) + 1, height);
        g.setColor(Color.BLACK);
        g.fillRect(left, top, right - left, bottom - top);
        stamp(g, left, top, right - left, bottom - top);
      }
    } finally {
      g.dispose();
    }
  }

  private static void stamp(Graphics2D g, int x, int y, int w, int h) {
    Font base = new Font(Font.SANS_SERIF, Font.BOLD, 100);
    FontMetrics at100 = g.getFontMetrics(base);
    float size =
        (float)
            Math.min(
                100.0 * h * 0.7 / Math.max(1, at100.getAscent()),
                100.0 * w * 0.9 / Math.max(1, at100.stringWidth(STAMP)));
    if (size < 5) {
      return; // too small to read: the black alone says it
    }
    Font font = base.deriveFont(size);
    g.setFont(font);
    FontMetrics m = g.getFontMetrics(font);
    g.setColor(Color.WHITE);
    g.drawString(
        STAMP,
        x + (w - m.stringWidth(STAMP)) / 2,
        y + (h - (m.getAscent() + m.getDescent())) / 2 + m.getAscent());
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }

  /** An image-only page of the size the original page is shown at. */
  private static void addImagePage(PDDocument copy, PDPage original, BufferedImage image)
      throws IOException {
    PDRectangle crop = original.getCropBox();
    boolean turned = original.getRotation() % 180 != 0;
    float w = turned ? crop.getHeight() : crop.getWidth();
    float h = turned ? crop.getWidth() : crop.getHeight();
    PDPage page = new PDPage(new PDRectangle(w, h));
    copy.addPage(page);
    PDImageXObject picture = LosslessFactory.createFromImage(copy, image);
    try (PDPageContentStream content = new PDPageContentStream(copy, page)) {
      content.drawImage(picture, 0, 0, w, h);
    }
  }

  /**
   * An unredacted page as it is, without what would reach the original's other pages (and so their
   * unredacted text) from the copy: links into the document, form fields, replies and pop-ups,
   * article beads, the structure tree's keys.
   */
  private static void keepWithoutLinks(PDPage page) throws IOException {
    COSDictionary dictionary = page.getCOSObject();
    for (COSName key : List.of(COSName.B, COSName.STRUCT_PARENTS, COSName.PIECE_INFO, COSName.AA)) {
      dictionary.removeItem(key);
    }
    List<PDAnnotation> kept = new ArrayList<>();
    for (PDAnnotation a : page.getAnnotations()) {
      if (a instanceof PDAnnotationWidget || a instanceof PDAnnotationPopup) {
        continue;
      }
      if (a instanceof PDAnnotationLink link && !(link.getAction() instanceof PDActionURI)) {
        continue;
      }
      COSDictionary alone = new COSDictionary(a.getCOSObject());
      for (COSName key :
          List.of(COSName.P, COSName.POPUP, COSName.PARENT, COSName.getPDFName("IRT"))) {
        alone.removeItem(key);
      }
      kept.add(PDAnnotation.createAnnotation(alone));
    }
    if (kept.isEmpty()) {
      dictionary.removeItem(COSName.ANNOTS);
    } else {
      page.setAnnotations(kept);
    }
  }

  /** The text OCR reads from the page's redacted image, or the whole page withheld. */
  private String readBack(int page) {
    if (ocr == null || !ocr.available()) {
      return MARK;
    }
    try {
      ExtractionOutcome read = ocr.ocrImage(pagePng(page, OCR_DPI));
      if (read instanceof ExtractionOutcome.Extracted extracted && !extracted.pages().isEmpty()) {
        return extracted.pages().get(0);
      }
      return MARK;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Page " + page + " could not be drawn to read it back: " + e.getMessage(), e);
    }
  }

  /** The runs of non-space characters that hold at least one character of {@code chars}. */
  static List<int[]> wholeWords(String text, BitSet chars) {
    List<int[]> words = new ArrayList<>();
    for (int i = chars.nextSetBit(0); i >= 0 && i < text.length(); i = chars.nextSetBit(i + 1)) {
      if (Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      int from = i;
      while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
      int to = i + 1;
      while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
        to++;
      }
      words.add(new int[] {from, to});
      i = to - 1;
    }
    return words;
  }

  /**
   * {@code text} with each of {@code ranges} replaced by {@value #MARK}; overlapping ranges, and
   * ranges apart by spaces on one line, become one.
   */
  static String replace(String text, List<int[]> ranges) {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.removeIf(r -> r[1] <= r[0]);
    sorted.sort(Comparator.comparingInt((int[] r) -> r[0]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    int i = 0;
    while (i < sorted.size()) {
      int from = sorted.get(i)[0];
      int to = sorted.get(i)[1];
      i++;
      while (i < sorted.size()
          && (sorted.get(i)[0] <= to
              || text.substring(to, sorted.get(i)[0])
                  .chars()
                  .allMatch(c -> c == ' ' || c == '\t'))) {
        to = Math.max(to, sorted.get(i)[1]);
        i++;
      }
      out.append(text, at, Math.max(at, from)).append(MARK);
      at = Math.max(at, to);
    }
    return out.append(text, at, text.length()).toString();
  }

  private List<RedactedArea> areasOn(int page) {
    return areas.stream().filter(a -> a.isOn(page)).toList();
  }

  private String pageText(int page) {
    if (page < 1 || page > pageTexts.size()) {
      throw new IllegalArgumentException(
          "There is no page "
              + page
              + ": document "
              + documentId
              + " has "
              + pageTexts.size()
              + (pageTexts.size() == 1 ? " page" : " pages"));
    }
    return pageTexts.get(page - 1);
  }

  private void requirePdf() {
    if (!pdf) {
      throw new RedactionNotPlaceableException(
          "Document " + documentId + " is not a PDF: it has no page images to redact");
    }
  }

  /** The original PDF, read only; an encrypted one cannot be drawn (its password is never kept). */
  private PDDocument openOriginal() throws IOException {
    try {
      return Loader.loadPDF(originalFile().toFile());
    } catch (InvalidPasswordException e) {
      throw new RedactionNotPlaceableException(
          "Document "
              + documentId
              + " is an encrypted PDF and its password is not kept, so no redacted copy can be"
              + " drawn from it");
    }
  }

  private java.nio.file.Path originalFile() throws IOException {
    return store.verifiedFile(sha256);
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("No PNG writer is available");
    }
    return out.toByteArray();
  }
}
