package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.pincite.service.render.RenderBudget;

/**
 * Text of scanned PDFs by running the {@code tesseract} command on each page rendered by PDFBox. A
 * separate process (not a JNA binding) keeps native code out of the war and cannot crash the
 * server; {@code OMP_THREAD_LIMIT=1} makes it several times faster on few cores
 * (docs/stack-notes.md, "OCR: OMP_THREAD_LIMIT=1"). Pages are done one at a time, so memory holds
 * one page image however long the document is; a page that fails or times out is recorded and left
 * empty, the others are kept. Pages render within the server's {@link RenderBudget} (a huge page at
 * the resolution that fits).
 */
@ApplicationScoped
public class TesseractOcr {
  private static final Logger LOG = Logger.getLogger(TesseractOcr.class.getName());
  private static final float DPI = 300;
  private static final String LANGUAGES = "eng+kor";
  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(20);

  private final String command;
  private final Duration pageTimeout;
  private Boolean available; // guarded by this

  /** Runs {@code tesseract} from the PATH. */
  public TesseractOcr() {
    this("tesseract");
  }

  public TesseractOcr(String command) {
    this(command, Duration.ofSeconds(120));
  }

  /**
   * As {@link #TesseractOcr(String)}, giving up on a page (and killing Tesseract) after {@code
   * pageTimeout}.
   */
  public TesseractOcr(String command, Duration pageTimeout) {
    if (command == null || command.isBlank()) {
      throw new IllegalArgumentException("The Tesseract command must not be blank");
    }
    if (pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()) {
      throw new IllegalArgumentException(
          "The OCR page timeout must be positive, not " + pageTimeout);
    }
    this.command = command;
    this.pageTimeout = pageTimeout;
  }

  /**
   * Whether the command runs ({@code tesseract --version} exits 0); asked once, then remembered.
   * When it is false, scans should be marked as needing OCR rather than failed.
   */
  public synchronized boolean available() {
    if (available == null) {
      available = probe();
      if (!available) {
        LOG.warning(
            "OCR is not available: '"
                + command
                + " --version' did not run (install Debian's tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-kor)");
      }
    }
    return available;
  }

  private boolean probe() {
    return InstalledCommand.runs(List.of(command, "--version"), null, VERSION_TIMEOUT.toSeconds());
  }

  /**
   * OCRs every page of {@code pdf} (opened with {@code password} when not null), calling {@code
   * progress} (may be null) with each page number once that page is done.
   */
  public ExtractionOutcome ocr(byte[] pdf, String password, IntConsumer progress) {
    IntConsumer pageDone = progress == null ? n -> {} : progress;
    return ocrWithin(
        pdf,
        password,
        new OcrWatch() {
          @Override
          public String refuse(int pages) {
            return null;
          }

          @Override
          public void pageDone(int done, int of) {
            pageDone.accept(done);
          }

          @Override
          public boolean cancelled() {
            return false;
          }
        });
  }

  /**
   * OCRs every page of {@code pdf} unless {@code watch} refuses its number of pages (then it waits
   * as NEEDS_OCR with the reason), stopping between pages when {@code watch} is cancelled.
   */
  public ExtractionOutcome ocrWithin(byte[] pdf, String password, OcrWatch watch) {
    return ocrWithin(pdf, password, watch, null);
  }

  /**
   * As {@link #ocrWithin(byte[], String, OcrWatch)}, OCRing only the pages {@code only} lists (all
   * when null); the others come back empty.
   */
  public ExtractionOutcome ocrWithin(
      byte[] pdf, String password, OcrWatch watch, java.util.Set<Integer> only) {
    try (PDDocument document =
        password == null ? Loader.loadPDF(pdf) : Loader.loadPDF(pdf, password)) {
      int pageCount = document.getNumberOfPages();
      if (pageCount == 0) {
        return new ExtractionOutcome.Failed("The PDF has no pages");
      }
      int toRead = only == null ? pageCount : only.size();
      int read = 0;
      String refused = watch.refuse(toRead);
      if (refused != null) {
        return new ExtractionOutcome.NeedsOcr(refused);
      }
      Path workDir = Files.createTempDirectory("pincite-ocr-");
      try {
        PDFRenderer renderer = new PDFRenderer(document);
        List<String> pages = new ArrayList<>(pageCount);
        List<Integer> failed = new ArrayList<>();
        String firstFailure = null;
        for (int n = 1; n <= pageCount; n++) {
          if (only != null && !only.contains(n)) {
            pages.add("");
            continue;
          }
          if (watch.cancelled()) {
            return new ExtractionOutcome.NeedsOcr(
                "OCR was cancelled at page " + n + " of " + pageCount);
          }
          String text;
          try {
            text = ocrPage(document, renderer, n, workDir);
          } catch (PageFailure e) {
            LOG.log(Level.FINE, "OCR of page " + n + " failed: " + e.getMessage(), e.getCause());
            firstFailure =
                firstFailure == null ? "page " + n + ": " + e.getMessage() : firstFailure;
            text = null;
          }
          if (Thread.currentThread().isInterrupted()) {
            return new ExtractionOutcome.Failed(
                "OCR was interrupted at page " + n + " of " + pageCount);
          }
          if (text == null) {
            failed.add(n);
            pages.add("");
          } else {
            pages.add(text);
          }
          watch.pageDone(only == null ? n : ++read, toRead);
        }
        if (failed.size() == toRead) {
          return new ExtractionOutcome.Failed(
              "OCR failed on all of the PDF's " + toRead + " pages (" + firstFailure + ")");
        }
        return new ExtractionOutcome.Extracted(pages, failed, null, null, null, null);
      } finally {
        deleteTree(workDir);
      }
    } catch (InvalidPasswordException e) {
      return new ExtractionOutcome.NeedsPassword(
          password == null
              ? "The PDF is encrypted and needs a password to open"
              : "The password given does not open this PDF");
    } catch (IOException | RuntimeException e) {
      return new ExtractionOutcome.Failed("The PDF could not be read for OCR: " + e.getMessage());
    }
  }

  /** Renders page {@code n} to a temporary PNG, runs Tesseract on it and returns its text. */
  private String ocrPage(PDDocument document, PDFRenderer renderer, int n, Path workDir)
      throws PageFailure {
    Path png = workDir.resolve("page-" + n + ".png");
    Path out = workDir.resolve("page-" + n + ".txt");
    Path err = workDir.resolve("page-" + n + ".err");
    try {
      try {
        BufferedImage image =
            RenderBudget.server().render(document, renderer, n - 1, DPI, ImageType.GRAY);
        if (!ImageIO.write(image, "png", png.toFile())) {
          throw new PageFailure("no PNG writer for the rendered page", null);
        }
      } catch (IOException | RuntimeException e) {
        throw new PageFailure("the page could not be rendered (" + e.getMessage() + ")", e);
      }
      return recognise(png, out, err);
    } finally {
      for (Path file : List.of(png, out, err)) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(Level.FINE, "Could not delete " + file, e);
        }
      }
    }
  }

  /**
   * The words Tesseract reads in an image file (PNG, JPEG, TIFF, GIF, BMP): an email's picture
   * attachment, say. Empty when it reads none.
   */
  public ExtractionOutcome ocrImage(byte[] image) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("pincite-ocr-");
      Path file = dir.resolve("image");
      Files.write(file, image);
      String text = recognise(file, dir.resolve("image.txt"), dir.resolve("image.err"));
      return ExtractionOutcome.Extracted.text(List.of(text));
    } catch (PageFailure e) {
      return new ExtractionOutcome.NeedsOcr("OCR could not read the image: " + e.getMessage());
    } catch (IOException e) {
      return new ExtractionOutcome.NeedsOcr("OCR could not read the image: " + e.getMessage());
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  /** Runs Tesseract on one image file and returns its text. */
  private String recognise(Path png, Path out, Path err) throws PageFailure {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command, png.toString(), "stdout", "-l", LANGUAGES, "--psm", "3")
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new PageFailure("'" + command + "' could not be started (" + e.getMessage() + ")", e);
      }
      try {
        if (!process.waitFor(pageTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new PageFailure(
              "Tesseract took longer than " + pageTimeout.toSeconds() + " s and was stopped", null);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PageFailure("interrupted", e);
      } finally {
        if (process.isAlive()) {
          process.destroyForcibly();
          try {
            process.waitFor(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
      if (process.exitValue() != 0) {
        throw new PageFailure(
            "Tesseract exited with " + process.exitValue() + ": " + lastLine(err), null);
      }
      // Tesseract ends each page with a form feed.
      return Files.readString(out, StandardCharsets.UTF_8)
          .replaceFirst("\\f\\s*$", "")
          .stripTrailing();
    } catch (IOException e) {
      throw new PageFailure("Tesseract's output could not be read (" + e.getMessage() + ")", e);
    }
  }

  private static String lastLine(Path file) {
    try {
      List<String> lines =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .toList();
      return lines.isEmpty() ? "(no message)" : lines.get(lines.size() - 1);
    } catch (IOException | RuntimeException e) {
      return "(no message)";
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + dir, e);
    }
  }

  /** Why one page gave no text. */
  private static final class PageFailure extends Exception {
    PageFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
