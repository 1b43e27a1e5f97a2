package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.ChronologyService;
import org.pincite.service.chronology.Chronology;
import org.pincite.service.chronology.ChronologyCsv;
import org.pincite.service.text.ContentDisposition;

/**
 * {@code GET /api/matters/{id}/chronology?claim=…&stance=…}: the dated documents and marked
 * passages in date order; {@code &format=csv} as a CSV download (UTF-8 with BOM).
 */
@Tag(name = "Chronology")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters/{id}/chronology")
@RequestScoped
public class ChronologyResource {
  @Inject ChronologyService chronologyService;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response chronology(
      @PathParam("id") long id,
      @QueryParam("claim") String claim,
      @QueryParam("stance") String stance,
      @QueryParam("format") String format) {
    Chronology chronology =
        chronologyService.chronology(
            id,
            QueryParams.number("claim", claim),
            QueryParams.enumValue("stance", Stance.class, stance));
    if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
      return Response.ok(chronology, MediaType.APPLICATION_JSON_TYPE).build();
    }
    if (!format.equalsIgnoreCase("csv")) {
      return ErrorBody.response(
          Response.Status.BAD_REQUEST, "format='" + format + "' is neither json nor csv");
    }
    return Response.ok(ChronologyCsv.write(chronology), "text/csv; charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.attachment(ChronologyCsv.fileName(id)))
        .build();
  }
}
