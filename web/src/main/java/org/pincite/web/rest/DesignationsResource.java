package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.TranscriptService;
import org.pincite.service.text.ContentDisposition;
import org.pincite.service.view.DesignationView;

/**
 * The parties' designations of a transcript's lines: {@code GET|POST
 * /api/documents/{id}/designations} (GET with {@code ?format=csv|docx} downloads them), {@code POST
 * /api/documents/{id}/designations/import} (the CSV review tools exchange), and {@code PUT|DELETE
 * /api/designations/{id}}.
 */
@Tag(name = "Designation")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("documents/{id}/designations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DesignationsResource {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject TranscriptService transcripts;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv", DOCX})
  public Response list(
      @PathParam("id") long id, @QueryParam("format") @DefaultValue("json") String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" ->
          Response.ok(transcripts.designations(id), MediaType.APPLICATION_JSON_TYPE).build();
      case "csv" -> download(transcripts.designationsCsv(id), "text/csv", "designations.csv");
      case "docx" -> download(transcripts.designationsDocx(id), DOCX, "designations.docx");
      default ->
          throw new DomainRuleViolation(
              "Designations come as json, csv or docx, not '" + format + "'");
    };
  }

  private static Response download(byte[] content, String mediaType, String fileName) {
    return Response.ok(content, mediaType)
        .header("Content-Disposition", ContentDisposition.attachment(fileName))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response designate(@PathParam("id") long id, @NotNull DesignationRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(transcripts.designate(id, request.command()))
        .build();
  }

  /** Every row of the CSV becomes a designation, or none does (the answer names the bad row). */
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public List<DesignationView> importCsv(@PathParam("id") long id, byte[] csv) {
    return transcripts.importCsv(id, csv);
  }
}
