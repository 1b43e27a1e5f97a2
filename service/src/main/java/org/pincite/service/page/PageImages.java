package org.pincite.service.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.pincite.service.render.RenderBudget;

/**
 * PNG images of PDF pages for the viewer, rendered once and then served from a disk cache ({@code
 * cacheDir/<sha256>/<page>-<dpi>.png}): rendering costs far more than reading a file, and originals
 * never change under a SHA-256. Files appear by atomic move, so a reader never sees half an image;
 * concurrent requests for the same image render it once. Every render keeps within the server's
 * {@link RenderBudget}: a huge page comes at the resolution that fits, and renders at once share
 * one pool of pixels.
 */
public class PageImages {
  public static final int MIN_DPI = 36;
  public static final int MAX_DPI = 200;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path cacheDir;
  private final RenderBudget budget;
  private final ConcurrentMap<Path, FutureTask<byte[]>> rendering = new ConcurrentHashMap<>();

  public PageImages(Path cacheDir) {
    this(cacheDir, RenderBudget.server());
  }

  public PageImages(Path cacheDir, RenderBudget budget) {
    this.cacheDir = cacheDir.toAbsolutePath().normalize();
    this.budget = budget;
  }

  /**
   * Page {@code pageNumber} (1 first) of {@code pdf}, whose SHA-256 is {@code sha256}, as a PNG at
   * {@code dpi} (kept within {@value #MIN_DPI}..{@value #MAX_DPI}; lower when the page is so large
   * that its image would exceed the render budget).
   *
   * @throws IllegalArgumentException when the page is not in the document or the SHA-256 is not 64
   *     hex digits
   * @throws UncheckedIOException when the PDF cannot be opened (an {@link
   *     org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException} cause for a missing or wrong
   *     password) or the cache cannot be written
   */
  public byte[] png(String sha256, byte[] pdf, String password, int pageNumber, int dpi) {
    return png(sha256, () -> pdf, password, pageNumber, dpi);
  }

  /** Where the PDF's bytes come from: read only when the page is not in the cache yet. */
  @FunctionalInterface
  public interface PdfBytes {
    byte[] read() throws IOException;
  }

  /** As {@link #png(String, byte[], String, int, int)}, reading the PDF only on a cache miss. */
  public byte[] png(String sha256, PdfBytes pdf, String password, int pageNumber, int dpi) {
    String hash = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(hash).matches()) {
      throw new IllegalArgumentException("A SHA-256 is 64 hex digits, not '" + sha256 + "'");
    }
    if (pageNumber < 1) {
      throw new IllegalArgumentException(
          "There is no page " + pageNumber + ": pages are numbered from 1");
    }
    int clampedDpi = Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
    Path file = cacheDir.resolve(hash).resolve(pageNumber + "-" + clampedDpi + ".png");
    try {
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
    } catch (IOException e) {
      // fall through and render it again
    }
    FutureTask<byte[]> task =
        new FutureTask<>(() -> render(file, pdf.read(), password, pageNumber, clampedDpi));
    FutureTask<byte[]> running = rendering.putIfAbsent(file, task);
    if (running == null) {
      running = task;
      try {
        task.run();
      } finally {
        rendering.remove(file, task);
      }
    }
    try {
      return running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while waiting for page " + pageNumber + " to be rendered", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(
            "Page " + pageNumber + " could not be rendered: " + io.getMessage(), io);
      }
      throw new IllegalStateException("Page " + pageNumber + " could not be rendered", cause);
    }
  }

  private byte[] render(Path file, byte[] pdf, String password, int pageNumber, int dpi)
      throws IOException {
    if (Files.isRegularFile(file)) {
      return Files.readAllBytes(file); // another thread finished it meanwhile
    }
    byte[] png;
    try (PDDocument document =
        password == null ? Loader.loadPDF(pdf) : Loader.loadPDF(pdf, password)) {
      int pageCount = document.getNumberOfPages();
      if (pageNumber > pageCount) {
        throw new IllegalArgumentException(
            "There is no page "
                + pageNumber
                + ": the document has "
                + pageCount
                + (pageCount == 1 ? " page" : " pages"));
      }
      BufferedImage image =
          budget.render(document, new PDFRenderer(document), pageNumber - 1, dpi, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("No PNG writer is available");
      }
      png = out.toByteArray();
    }
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "." + pageNumber + "-" + dpi + "-", ".part");
    try {
      Files.write(temp, png);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return png;
  }
}
