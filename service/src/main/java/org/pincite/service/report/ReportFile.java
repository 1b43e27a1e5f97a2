package org.pincite.service.report;

/**
 * A written report: its bytes, media type and file name. {@code fileName} keeps the claim's own
 * words (any script); {@link org.pincite.service.text.ContentDisposition} gives clients that read
 * only ASCII names a fallback.
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
}
