package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.logging.Logger;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.Role;
import org.pincite.service.report.ClaimChart;
import org.pincite.service.report.ClaimReport;
import org.pincite.service.report.ReportAssembler;
import org.pincite.service.report.ReportFile;
import org.pincite.service.report.ReportFormat;
import org.pincite.service.security.MatterAccess;

/**
 * Evidence reports on one claim and the matter's claim chart, as models for pages and as PDF, DOCX
 * or CSV files. Every role may read and export; the caller must be able to see the matter, and a
 * claim of another matter is reported as not found.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class ReportService {
  private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

  @Inject MatterAccess access;
  @Inject ReportAssembler assembler;

  /** The report on claim {@code claimId} of matter {@code matterId} and on every claim below it. */
  public ClaimReport claimReport(long matterId, long claimId, boolean includeContext) {
    Matter matter = access.visibleMatter(matterId);
    Claim claim = access.claimOf(matter, claimId);
    return assembler.report(matter, claim, includeContext, access.callerName(), Instant.now());
  }

  public ReportFile claimReportFile(
      long matterId, long claimId, ReportFormat format, boolean includeContext) {
    return claimReportFile(matterId, claimId, format, includeContext, true);
  }

  /**
   * The report file; {@code includeNotes} false leaves the reviewers' notes out (the version to
   * file; the internal memo keeps them).
   */
  public ReportFile claimReportFile(
      long matterId,
      long claimId,
      ReportFormat format,
      boolean includeContext,
      boolean includeNotes) {
    ClaimReport full = claimReport(matterId, claimId, includeContext);
    ClaimReport report = includeNotes ? full : full.withoutNotes();
    long start = System.nanoTime();
    byte[] bytes = write(out -> format.writer().write(report, out));
    LOG.fine(
        () ->
            format
                + " report on claim "
                + claimId
                + " with "
                + (report.counts().supporting()
                    + report.counts().refuting()
                    + report.counts().context())
                + " passages written in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    String what = report.header().claimLabel() + " evidence report";
    return new ReportFile(
        ReportFile.name(report.header().docketNumber(), what, format), format.mediaType(), bytes);
  }

  /** Every claim and element of the matter with its supporting and refuting passages counted. */
  public ClaimChart claimChart(long matterId) {
    Matter matter = access.visibleMatter(matterId);
    return assembler.chart(matter, access.callerName(), Instant.now());
  }

  public ReportFile claimChartFile(long matterId, ReportFormat format) {
    ClaimChart chart = claimChart(matterId);
    byte[] bytes = write(out -> format.writer().write(chart, out));
    return new ReportFile(
        ReportFile.name(chart.header().docketNumber(), "claim chart", format),
        format.mediaType(),
        bytes);
  }

  private interface Writing {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  private static byte[] write(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException("The report could not be written: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
