package org.pincite.service.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report and a claim chart in one file format. */
public interface ReportWriter {
  void write(ClaimReport report, OutputStream out) throws IOException;

  void write(ClaimChart chart, OutputStream out) throws IOException;
}
