package org.pincite.service.report;

import java.text.Normalizer;

/**
 * A written report: its bytes, media type and file name. {@code fileName} keeps the claim's own
 * words (any script) for clients that read RFC 5987 names; {@link #asciiFileName()} is the fallback
 * for those that do not.
 */
public record ReportFile(String fileName, String mediaType, byte[] content) {
  private static final int MAX_STEM = 120;

  /**
   * "CGC-24-612746 Breach of contract (the Founding Agreement) report.pdf", without path or control
   * characters.
   */
  public static String name(String docketNumber, String what, ReportFormat format) {
    String stem =
        (docketNumber + " " + what)
            .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
            .replaceAll("\\s+", " ")
            .strip();
    if (stem.length() > MAX_STEM) {
      stem =
          stem.substring(0, stem.offsetByCodePoints(0, stem.codePointCount(0, MAX_STEM))).strip();
    }
    return stem + "." + format.extension();
  }

  /**
   * Letters, digits, dot, dash and underscore only: accents dropped, every other run of characters
   * one underscore.
   */
  public String asciiFileName() {
    String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String safe =
        plain
            .replaceAll("[^A-Za-z0-9._-]+", "_")
            .replaceAll("_+(\\.[a-z]+)$", "$1")
            .replaceAll("^[_.]+", "");
    return safe.isEmpty() ? "report" : safe;
  }
}
