package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.ReportService;
import org.pincite.service.report.ReportFile;
import org.pincite.service.report.ReportFormat;
import org.pincite.service.text.ContentDisposition;

/**
 * Evidence reports as downloads: {@code GET /api/matters/{id}/claims/{claimId}/report} and {@code
 * GET /api/matters/{id}/claim-chart}, each with {@code ?format=pdf|docx|csv} (PDF when none).
 * Reports of a claim also take {@code ?context=true} to list the CONTEXT passages.
 */
@Tag(name = "Report")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters")
@RequestScoped
public class ReportResource {
  @Inject ReportService reportService;

  @GET
  @Path("{id}/claims/{claimId}/report")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/csv",
    MediaType.APPLICATION_JSON
  })
  public Response claimReport(
      @PathParam("id") long matterId,
      @PathParam("claimId") long claimId,
      @QueryParam("format") @DefaultValue("pdf") String format,
      @QueryParam("context") @DefaultValue("false") boolean context,
      @QueryParam("notes") @DefaultValue("true") boolean notes) {
    return download(
        reportService.claimReportFile(
            matterId, claimId, ReportFormat.parse(format), context, notes));
  }

  @GET
  @Path("{id}/claim-chart")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/csv",
    MediaType.APPLICATION_JSON
  })
  public Response claimChart(
      @PathParam("id") long matterId, @QueryParam("format") @DefaultValue("pdf") String format) {
    return download(reportService.claimChartFile(matterId, ReportFormat.parse(format)));
  }

  /** An attachment named after the claim, in its own words and in an ASCII fallback. */
  static Response download(ReportFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }
}
