package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text layer as poppler's {@code pdftotext} (Debian's poppler-utils) reads it, for a PDF whose
 * content streams PDFBox cannot read at all (streams cut short or garbled: PDFBox gives blank pages
 * where poppler, more forgiving, still finds the words). Only asked when PDFBox found no text on
 * any page; when the command is not installed the PDF goes on to OCR as before.
 */
@ApplicationScoped
public class PopplerText {
  private static final Logger LOG = Logger.getLogger(PopplerText.class.getName());
  private static final long TIMEOUT_SECONDS = 60;

  /** More text than this from a PDF PDFBox saw as blank is not a text layer worth keeping. */
  private static final long MAX_BYTES = 64L << 20;

  private final InstalledCommand pdftotext;

  public PopplerText() {
    this("pdftotext");
  }

  public PopplerText(String command) {
    this.pdftotext =
        new InstalledCommand(
            command,
            "-v",
            "pdftotext (poppler-utils) is not installed: PDFs whose streams PDFBox cannot read go"
                + " straight to OCR");
  }

  /** Whether {@code pdftotext -v} runs; asked once. */
  public boolean available() {
    return pdftotext.available();
  }

  /**
   * The text of each page of {@code pdf} (page 1 first) as pdftotext reads it, or empty when it is
   * not installed, fails, or finds no letter or digit on any page.
   */
  public Optional<List<String>> pages(byte[] pdf, String password) {
    if (!available()) {
      return Optional.empty();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("pincite-pdftotext-");
      Path in = dir.resolve("in.pdf");
      Path out = dir.resolve("out.txt");
      Files.write(in, pdf);
      List<String> commandLine =
          new ArrayList<>(List.of(pdftotext.command(), "-enc", "UTF-8", "-q"));
      if (password != null) {
        commandLine.addAll(List.of("-upw", password));
      }
      commandLine.addAll(List.of(in.toString(), "-"));
      if (!InstalledCommand.runs(commandLine, null, TIMEOUT_SECONDS, out)
          || Files.size(out) == 0
          || Files.size(out) > MAX_BYTES) {
        return Optional.empty();
      }
      return pagesOf(Files.readString(out, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "pdftotext could not read the PDF", e);
      return Optional.empty();
    } finally {
      InstalledCommand.deleteQuietly(dir);
    }
  }

  /** pdftotext ends every page with a form feed; pages without a letter or digit are blank. */
  static Optional<List<String>> pagesOf(String output) {
    List<String> pages = new ArrayList<>(Arrays.asList(output.split("\f", -1)));
    if (pages.size() > 1 && pages.get(pages.size() - 1).isBlank()) {
      pages.remove(pages.size() - 1);
    }
    List<String> text =
        pages.stream()
            .map(p -> p.codePoints().anyMatch(Character::isLetterOrDigit) ? p.strip() : "")
            .toList();
    return text.stream().allMatch(String::isEmpty) ? Optional.empty() : Optional.of(text);
  }
}
