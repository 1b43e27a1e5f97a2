package org.pincite.service.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pincite.service.error.UnknownReportFormatException;

/**
 * The file formats a report comes in: what each is called in an address, its media type and
 * extension.
 */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public ReportWriter writer() {
    return switch (this) {
      case PDF -> new PdfReportWriter();
      case DOCX -> new DocxReportWriter();
      case CSV -> new CsvReportWriter();
    };
  }

  /** The format named {@code name} ("pdf", "docx", "csv"; any case); PDF when none is named. */
  public static ReportFormat parse(String name) {
    if (name == null || name.isBlank()) {
      return PDF;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UnknownReportFormatException(
          "Reports come as "
              + Arrays.stream(values())
                  .map(ReportFormat::extension)
                  .collect(Collectors.joining(", "))
              + "; there is no format '"
              + name.strip()
              + "'");
    }
  }
}
