package org.pincite.web.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** What Tesseract (Debian's {@code tesseract} command, English) reads in an image. */
public final class Ocr {
  private Ocr() {}

  public static String read(BufferedImage image) {
    Path png = null;
    try {
      png = Files.createTempFile("pincite-ocr-test-", ".png");
      ImageIO.write(image, "png", png.toFile());
      ProcessBuilder tesseract =
          new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng")
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      tesseract.environment().put("OMP_THREAD_LIMIT", "1");
      Process p = tesseract.start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("tesseract did not run (is tesseract-ocr installed?)");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (png != null) {
        try {
          Files.deleteIfExists(png);
        } catch (IOException e) {
          // a temporary file left behind
        }
      }
    }
  }
}
