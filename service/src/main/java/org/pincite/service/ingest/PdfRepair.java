package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable copy of a damaged PDF, for reading its text only: the original stays as received, byte
 * for byte. Two repairs are tried in turn: Debian's {@code qpdf} (which rebuilds a broken
 * cross-reference table), when it is installed; then, in Java, a page tree rebuilt from the page
 * objects the file still holds (a file whose catalog points at a page tree that is missing:
 * PDFBox's "Page tree root must be a dictionary").
 */
@ApplicationScoped
public class PdfRepair {
  private static final Logger LOG = Logger.getLogger(PdfRepair.class.getName());
  private static final long TIMEOUT_SECONDS = 60;

  private static final Pattern OBJECT = Pattern.compile("(?<![0-9])(\\d{1,7}) (\\d{1,5}) obj\\b");
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
  private static final Pattern PAGES_REF = Pattern.compile("/Pages\\s+(\\d+)\\s+(\\d+)\\s+R");
  private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");

  private final InstalledCommand qpdf;

  public PdfRepair() {
    this("qpdf");
  }

  public PdfRepair(String command) {
    this.qpdf =
        new InstalledCommand(
            command,
            "--version",
            "qpdf is not installed: damaged PDFs are repaired by rebuilding their page tree only");
  }

  /** A repaired copy and how it was made. */
  public record Repaired(byte[] pdf, String how) {}

  /** Whether {@code qpdf --version} runs; asked once. */
  public boolean qpdfAvailable() {
    return qpdf.available();
  }

  /**
   * Copies of {@code pdf} to read instead of it, best first (qpdf's, then a rebuilt page tree);
   * none when neither repair applies.
   */
  public List<Repaired> repairs(byte[] pdf) {
    List<Repaired> copies = new ArrayList<>();
    if (qpdfAvailable()) {
      qpdf(pdf).ifPresent(b -> copies.add(new Repaired(b, "repaired by qpdf")));
    }
    rebuildPageTree(pdf)
        .ifPresent(b -> copies.add(new Repaired(b, "its page tree rebuilt from its pages")));
    return copies;
  }

  /** Why no qpdf repair was tried, or null when it was. */
  public String skipped() {
    return qpdfAvailable()
        ? null
        : "qpdf is not installed on the server, so no qpdf repair was tried";
  }

  private Optional<byte[]> qpdf(byte[] pdf) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("pincite-qpdf-");
      Path in = dir.resolve("in.pdf");
      Path out = dir.resolve("out.pdf");
      Files.write(in, pdf);
      // Exit 3 is "succeeded with warnings": what a repair says.
      if (InstalledCommand.runs(
              List.of(qpdf.command(), in.toString(), out.toString()), 3, TIMEOUT_SECONDS)
          && Files.size(out) > 0) {
        return Optional.of(Files.readAllBytes(out));
      }
      return Optional.empty();
    } catch (IOException e) {
      LOG.log(Level.FINE, "qpdf could not repair the PDF", e);
      return Optional.empty();
    } finally {
      InstalledCommand.deleteQuietly(dir);
    }
  }

  /**
   * The file with an incremental update that defines the page tree its catalog names, listing the
   * page objects found in it (the last definition of each object counts, as in any update). Empty
   * when the file has no catalog, no pages, or a page tree of its own.
   */
  static Optional<byte[]> rebuildPageTree(byte[] pdf) {
    // ISO-8859-1 maps each byte to one char: offsets in the string are offsets in the file.
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<Integer, Integer> lastDefinition = new LinkedHashMap<>();
    Matcher o = OBJECT.matcher(text);
    while (o.find()) {
      lastDefinition.put(Integer.parseInt(o.group(1)), o.start());
    }
    Integer catalog = null;
    int pagesNumber = -1;
    List<Integer> pages = new ArrayList<>();
    int maxNumber = 0;
    for (Map.Entry<Integer, Integer> e : lastDefinition.entrySet()) {
      maxNumber = Math.max(maxNumber, e.getKey());
      String body = body(text, e.getValue());
      if (body.contains("/Catalog")) {
        Matcher ref = PAGES_REF.matcher(body);
        if (ref.find()) {
          catalog = e.getKey();
          pagesNumber = Integer.parseInt(ref.group(1));
        }
      } else if (PAGE.matcher(body).find() && !body.contains("/Kids")) {
        pages.add(e.getKey());
      }
    }
    if (catalog == null || pages.isEmpty()) {
      return Optional.empty();
    }
    Integer existing = lastDefinition.get(pagesNumber);
    if (existing != null && body(text, existing).contains("/Kids")) {
      return Optional.empty();
    }
    Matcher sx = STARTXREF.matcher(text);
    long previous = -1;
    while (sx.find()) {
      previous = Long.parseLong(sx.group(1));
    }
    StringBuilder kids = new StringBuilder();
    for (int page : pages) {
      kids.append(kids.length() == 0 ? "" : " ").append(page).append(" 0 R");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 512);
    out.writeBytes(pdf);
    int objectAt = pdf.length + 1;
    String object =
        "\n"
            + pagesNumber
            + " 0 obj\n<</Type/Pages/Kids["
            + kids
            + "]/Count "
            + pages.size()
            + ">>\nendobj\n";
    int xrefAt = pdf.length + object.length();
    String update =
        object
            + "xref\n0 1\n0000000000 65535 f \n"
            + pagesNumber
            + " 1\n"
            + String.format("%010d", objectAt)
            + " 00000 n \ntrailer\n<</Size "
            + (Math.max(maxNumber, pagesNumber) + 1)
            + "/Root "
            + catalog
            + " 0 R"
            + (previous >= 0 ? "/Prev " + previous : "")
            + ">>\nstartxref\n"
            + xrefAt
            + "\n%%EOF\n";
    out.writeBytes(update.getBytes(StandardCharsets.ISO_8859_1));
    return Optional.of(out.toByteArray());
  }

  /** An object's dictionary, up to its stream or its end. */
  private static String body(String text, int start) {
    int end = text.indexOf("endobj", start);
    int stream = text.indexOf("stream", start);
    int stop = end < 0 ? Math.min(text.length(), start + 4000) : end;
    if (stream >= 0 && stream < stop) {
      stop = stream;
    }
    return text.substring(start, Math.min(stop, start + 20_000));
  }
}
