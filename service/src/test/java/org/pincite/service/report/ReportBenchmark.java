package org.pincite.service.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * bench/report: writes a report on one claim with N passages (default 500) in each format, several
 * rounds after a warm-up, and prints the median time beside two references from the same run: the
 * same quotes and cites as a plain UTF-8 text file, and PDFBox writing the quotes one line each
 * with a standard font (no wrapping, fonts, contents or footers). Not a test: run by bench/report.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  private interface Job {
    void run(OutputStream out) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int passages = 500;
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--passages" -> passages = positive(args, ++i, "--passages");
        case "--rounds" -> rounds = positive(args, ++i, "--rounds");
        default ->
            throw new IllegalArgumentException(
                "Unknown argument '" + args[i] + "'; use --passages N and --rounds N");
      }
    }
    ClaimReport report = ReportSamples.large(passages);
    int count =
        report.sections().stream().mapToInt(s -> s.supporting().size() + s.refuting().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "Report on one claim with %d passages in %d sections; median of %d rounds after one warm-up.%n",
        count,
        report.sections().size(),
        rounds);
    System.out.printf(Locale.ROOT, "%-34s %10s %12s %8s%n", "what", "ms", "bytes", "pages");
    time("PDF (PdfReportWriter)", out -> new PdfReportWriter().write(report, out), rounds, true);
    time(
        "DOCX (DocxReportWriter)", out -> new DocxReportWriter().write(report, out), rounds, false);
    time("CSV (CsvReportWriter)", out -> new CsvReportWriter().write(report, out), rounds, false);
    time("reference: plain text file", out -> plainText(report, out), rounds, false);
    time("reference: PDFBox, no layout", out -> barePdfBox(report, out), rounds, true);
  }

  private static int positive(String[] args, int i, String name) {
    if (i >= args.length || !args[i].matches("[1-9][0-9]{0,5}")) {
      throw new IllegalArgumentException(name + " needs a whole number from 1 to 999999");
    }
    return Integer.parseInt(args[i]);
  }

  private static void time(String what, Job job, int rounds, boolean pdf) throws IOException {
    job.run(new ByteArrayOutputStream()); // warm-up: class loading and the JIT, not the writer
    long[] ms = new long[rounds];
    byte[] last = null;
    for (int r = 0; r < rounds; r++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long start = System.nanoTime();
      job.run(out);
      ms[r] = (System.nanoTime() - start) / 1_000_000;
      last = out.toByteArray();
    }
    Arrays.sort(ms);
    String pages = "";
    if (pdf) {
      try (PDDocument doc = Loader.loadPDF(last)) {
        pages = Integer.toString(doc.getNumberOfPages());
      }
    }
    System.out.printf(
        Locale.ROOT, "%-34s %10d %12d %8s%n", what, ms[rounds / 2], last.length, pages);
  }

  private static void plainText(ClaimReport report, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    for (ClaimSection section : report.sections()) {
      s.append(section.title()).append('\n');
      for (PassageEntry e : section.supporting()) {
        s.append(e.quote()).append('\n').append(e.cite()).append('\n');
      }
      for (PassageEntry e : section.refuting()) {
        s.append(e.quote()).append('\n').append(e.cite()).append('\n');
      }
    }
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Each quote's Latin text on one line in Helvetica, 60 lines a page: what PDFBox costs before any
   * layout.
   */
  private static void barePdfBox(ClaimReport report, OutputStream out) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      PDPageContentStream stream = null;
      int line = 0;
      for (ClaimSection section : report.sections()) {
        for (PassageEntry e :
            section.supporting().isEmpty()
                ? section.refuting()
                : concat(section.supporting(), section.refuting())) {
          if (line % 60 == 0) {
            if (stream != null) {
              stream.close();
            }
            PDPage page = new PDPage();
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
          }
          stream.beginText();
          stream.setFont(font, 9);
          stream.newLineAtOffset(40, 760 - (line % 60) * 12);
          stream.showText(
              e.quote().replaceAll("[^\\x20-\\x7e]", "?")
                  + "  "
                  + e.cite().replaceAll("[^\\x20-\\x7e]", "?"));
          stream.endText();
          line++;
        }
      }
      if (stream != null) {
        stream.close();
      }
      doc.save(out);
    }
  }

  private static List<PassageEntry> concat(List<PassageEntry> a, List<PassageEntry> b) {
    List<PassageEntry> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
