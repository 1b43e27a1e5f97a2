package org.pincite.service.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.pincite.service.ingest.PdfTextExtractor;

/**
 * Where each character of a PDF page's extracted text sits on the page, so that a passage can be
 * boxed on the page image. The page is read again with the same settings as {@link
 * PdfTextExtractor}; when that text is not exactly the stored one (an OCR'd scan, a newer
 * extraction), there are no boxes rather than wrong ones.
 */
@ApplicationScoped
public class PdfTextLayout {
  private static final Logger LOG = Logger.getLogger(PdfTextLayout.class.getName());
  private static final int CACHED_PAGES = 64;

  /** A rectangle on the page, as fractions of the page's width and height from its top left. */
  public record Box(double x, double y, double width, double height) {}

  /**
   * Per character: left, top, right, bottom as fractions of the page; NaN for characters not drawn.
   */
  record PageLayout(String text, float[] edges) {}

  private final Map<String, PageLayout> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageLayout> eldest) {
          return size() > CACHED_PAGES;
        }
      };

  /**
   * The boxes covering characters {@code from} (inclusive) to {@code to} (exclusive) of page {@code
   * pageNumber}'s text, one per line of text; empty when the positions are not known.
   */
  public List<Box> boxes(
      String sha256, PdfFile pdf, int pageNumber, String storedText, int from, int to) {
    PageLayout layout = layout(sha256, pdf, pageNumber);
    if (layout == null || !layout.text().equals(storedText)) {
      return List.of();
    }
    return boxes(layout.edges(), Math.max(0, from), Math.min(to, storedText.length()));
  }

  /**
   * Whether the place of every character of page {@code pageNumber}'s stored text is known: the
   * page read again gives exactly that text (not so for an OCR'd scan or an encrypted PDF).
   */
  public boolean knowsPositions(String sha256, PdfFile pdf, int pageNumber, String storedText) {
    PageLayout layout = layout(sha256, pdf, pageNumber);
    return layout != null && layout.text().equals(storedText);
  }

  /**
   * The characters of page {@code pageNumber}'s stored text drawn at least partly inside {@code
   * area} (fractions of the page, as boxes are); empty when the positions are not known.
   */
  public Optional<BitSet> charactersIn(
      String sha256, PdfFile pdf, int pageNumber, String storedText, Box area) {
    PageLayout layout = layout(sha256, pdf, pageNumber);
    if (layout == null || !layout.text().equals(storedText)) {
      return Optional.empty();
    }
    return Optional.of(charactersIn(layout.edges(), storedText.length(), area));
  }

  static BitSet charactersIn(float[] edges, int length, Box area) {
    BitSet inside = new BitSet(length);
    double right = area.x() + area.width();
    double bottom = area.y() + area.height();
    for (int i = 0; i < length; i++) {
      float l = edges[4 * i], t = edges[4 * i + 1], r = edges[4 * i + 2], b = edges[4 * i + 3];
      if (!Float.isNaN(l) && l < right && r > area.x() && t < bottom && b > area.y()) {
        inside.set(i);
      }
    }
    return inside;
  }

  /** Opens the PDF only when a page is not known yet. */
  public interface PdfFile {
    Path path() throws IOException;
  }

  private PageLayout layout(String sha256, PdfFile pdf, int pageNumber) {
    String key = sha256 + "#" + pageNumber;
    synchronized (cache) {
      PageLayout known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    PageLayout read;
    try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
      if (pageNumber < 1 || pageNumber > document.getNumberOfPages()) {
        return null;
      }
      read = new PositionRecorder().read(document, pageNumber);
    } catch (IOException | RuntimeException e) {
      // An encrypted PDF (its password is never kept) or a damaged page: text without boxes.
      LOG.log(Level.FINE, "No text positions for page " + pageNumber + " of " + sha256, e);
      read = new PageLayout("", new float[0]);
    }
    synchronized (cache) {
      cache.put(key, read);
    }
    return read;
  }

  static List<Box> boxes(float[] edges, int from, int to) {
    List<Box> boxes = new ArrayList<>();
    float left = Float.NaN, top = 0, right = 0, bottom = 0;
    for (int i = from; i < to; i++) {
      float l = edges[4 * i], t = edges[4 * i + 1], r = edges[4 * i + 2], b = edges[4 * i + 3];
      if (Float.isNaN(l)) {
        continue;
      }
      boolean sameLine =
          !Float.isNaN(left) && Math.abs(b - bottom) < (bottom - top) * 0.5f && l >= left;
      if (sameLine) {
        right = Math.max(right, r);
        top = Math.min(top, t);
        bottom = Math.max(bottom, b);
      } else {
        if (!Float.isNaN(left)) {
          boxes.add(new Box(left, top, right - left, bottom - top));
        }
        left = l;
        top = t;
        right = r;
        bottom = b;
      }
    }
    if (!Float.isNaN(left)) {
      boxes.add(new Box(left, top, right - left, bottom - top));
    }
    return boxes;
  }

  /**
   * PDFTextStripper as the extractor runs it, noting which glyph each written character came from.
   */
  private static final class PositionRecorder extends PDFTextStripper {
    private final StringWriter out = new StringWriter();
    private float[] edges = new float[4 * 4096];
    private float pageWidth = 1;
    private float pageHeight = 1;

    PositionRecorder() {
      setSortByPosition(true);
    }

    PageLayout read(PDDocument document, int pageNumber) throws IOException {
      PDPage page = document.getPage(pageNumber - 1);
      boolean turned = page.getRotation() % 180 != 0;
      pageWidth = turned ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
      pageHeight = turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
      Arrays.fill(edges, Float.NaN);
      setStartPage(pageNumber);
      setEndPage(pageNumber);
      writeText(document, out);
      String text = out.toString();
      return new PageLayout(text, Arrays.copyOf(grow(text.length()), 4 * text.length()));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      int at = out.getBuffer().length();
      super.writeString(text, positions);
      int written = out.getBuffer().length() - at;
      if (positions.isEmpty() || written == 0) {
        return;
      }
      float[] e = grow(at + written);
      for (int i = 0; i < written; i++) {
        // Ligatures and combining marks make the counts differ: spread the glyphs over the
        // characters.
        TextPosition p =
            positions.get(
                Math.min(positions.size() - 1, (int) ((long) i * positions.size() / written)));
        float height = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f);
        float top = p.getYDirAdj() - height * 1.15f;
        float bottom = p.getYDirAdj() + height * 0.3f;
        e[4 * (at + i)] = p.getXDirAdj() / pageWidth;
        e[4 * (at + i) + 1] = top / pageHeight;
        e[4 * (at + i) + 2] = (p.getXDirAdj() + p.getWidthDirAdj()) / pageWidth;
        e[4 * (at + i) + 3] = bottom / pageHeight;
      }
    }

    private float[] grow(int chars) {
      if (edges.length < 4 * chars) {
        int old = edges.length;
        edges = Arrays.copyOf(edges, Math.max(4 * chars, 2 * old));
        Arrays.fill(edges, old, edges.length, Float.NaN);
      }
      return edges;
    }
  }
}
