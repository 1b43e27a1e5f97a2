package org.pincite.service.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * How many pixels a page image may have, and how many all renders running at once may hold. A page
 * whose image at the asked resolution would be larger than {@link #maxPixelsPerPage()} is drawn at
 * the resolution that fits (a 14,400 pt square page asked at 110 dpi becomes 5,000 × 5,000 pixels,
 * not 22,000 × 22,000); a render waits until the pixels it needs are free in the shared pool, so
 * two huge pages at once take turns instead of filling the heap. One budget serves the whole server
 * ({@link #server()}): the heap is the server's, not one caller's.
 */
public final class RenderBudget {
  /** 25 million pixels: 5,000 × 5,000, an A3 page at 300 dpi (about 100 MB as RGB). */
  public static final long DEFAULT_MAX_PIXELS_PER_PAGE = 25_000_000L;

  /** All renders at once: two of the largest pages and some (about 240 MB as RGB). */
  public static final long DEFAULT_MAX_PIXELS_AT_ONCE = 60_000_000L;

  private static final RenderBudget SERVER =
      new RenderBudget(DEFAULT_MAX_PIXELS_PER_PAGE, DEFAULT_MAX_PIXELS_AT_ONCE);

  private final long maxPixelsPerPage;
  private final long maxPixelsAtOnce;
  private final Semaphore pixels;
  private final long waitMillis;

  /** The server's one budget. */
  public static RenderBudget server() {
    return SERVER;
  }

  public RenderBudget(long maxPixelsPerPage, long maxPixelsAtOnce) {
    this(maxPixelsPerPage, maxPixelsAtOnce, TimeUnit.MINUTES.toMillis(2));
  }

  /** As above, giving up on a render that waited {@code waitMillis} for pixels to be free. */
  public RenderBudget(long maxPixelsPerPage, long maxPixelsAtOnce, long waitMillis) {
    if (maxPixelsPerPage < 1 || maxPixelsAtOnce < maxPixelsPerPage) {
      throw new IllegalArgumentException(
          "A render budget needs at least one pixel a page and at least a page's pixels at once"
              + " (not "
              + maxPixelsPerPage
              + " and "
              + maxPixelsAtOnce
              + ")");
    }
    if (maxPixelsAtOnce > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("At most " + Integer.MAX_VALUE + " pixels at once");
    }
    this.maxPixelsPerPage = maxPixelsPerPage;
    this.maxPixelsAtOnce = maxPixelsAtOnce;
    this.pixels = new Semaphore((int) maxPixelsAtOnce, true);
    this.waitMillis = waitMillis;
  }

  public long maxPixelsPerPage() {
    return maxPixelsPerPage;
  }

  public long maxPixelsAtOnce() {
    return maxPixelsAtOnce;
  }

  /** Pixels free in the shared pool now (for tests and health). */
  public long freePixels() {
    return pixels.availablePermits();
  }

  /**
   * The scale (pixels per point) at which a page of {@code widthPt} × {@code heightPt} points is
   * drawn when {@code dpi} is asked: {@code dpi / 72}, or less when that image would exceed the
   * budget of a page.
   */
  public float scaleFor(float widthPt, float heightPt, float dpi) {
    if (!(dpi > 0)) {
      throw new IllegalArgumentException("A resolution must be positive, not " + dpi);
    }
    double width = Math.max(widthPt, 1);
    double height = Math.max(heightPt, 1);
    double scale = dpi / 72.0;
    if (pixels(width, height, scale) <= maxPixelsPerPage) {
      return (float) scale;
    }
    double fit = Math.sqrt(maxPixelsPerPage / (width * height));
    // Float rounding may leave the product a pixel over: step down until it fits.
    while (fit > 0 && pixels(width, height, (float) fit) > maxPixelsPerPage) {
      fit *= 0.999;
    }
    return (float) fit;
  }

  /** As PDFBox sizes the image: each side floored, at least one pixel. */
  static long pixels(double widthPt, double heightPt, double scale) {
    long w = Math.max(1, (long) Math.floor((float) widthPt * (float) scale));
    long h = Math.max(1, (long) Math.floor((float) heightPt * (float) scale));
    return w * h;
  }

  /**
   * Page {@code pageIndex} (0 first) of {@code document} at {@code dpi}, or at the lower resolution
   * that fits the budget, once the pixels it needs are free.
   *
   * @throws RenderBusyException when the pixels were not free in time
   */
  public BufferedImage render(
      PDDocument document, PDFRenderer renderer, int pageIndex, float dpi, ImageType type)
      throws IOException {
    PDRectangle box = document.getPage(pageIndex).getCropBox();
    float scale = scaleFor(box.getWidth(), box.getHeight(), dpi);
    long needed = Math.min(pixels(box.getWidth(), box.getHeight(), scale), maxPixelsPerPage);
    try (Lease lease = reserve(needed, "draw page " + (pageIndex + 1))) {
      return renderer.renderImage(pageIndex, scale, type);
    }
  }

  /**
   * Takes {@code count} pixels from the shared pool (waiting until they are free), given back when
   * the lease closes; {@code what} says in a refusal what waited.
   *
   * @throws RenderBusyException when the pixels were not free in time
   */
  public Lease reserve(long count, String what) throws RenderBusyException {
    if (count < 1 || count > maxPixelsPerPage) {
      throw new IllegalArgumentException(
          "A render takes 1 to " + maxPixelsPerPage + " pixels, not " + count);
    }
    int permits = (int) count;
    try {
      if (!pixels.tryAcquire(permits, waitMillis, TimeUnit.MILLISECONDS)) {
        throw new RenderBusyException(
            "The server is drawing other large pages: waited "
                + Math.max(1, waitMillis / 1000)
                + " s for memory to "
                + what
                + ". Try again in a moment.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderBusyException("Interrupted while waiting for memory to " + what);
    }
    return new Lease(permits);
  }

  /** Pixels taken from the pool, given back once. */
  public final class Lease implements AutoCloseable {
    private int permits;

    private Lease(int permits) {
      this.permits = permits;
    }

    @Override
    public synchronized void close() {
      if (permits > 0) {
        pixels.release(permits);
        permits = 0;
      }
    }
  }

  /** A render that could not get its pixels in time (the server is busy, not the page broken). */
  public static final class RenderBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    RenderBusyException(String message) {
      super(message);
    }
  }
}
