package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.ProductionService;
import org.pincite.service.text.ContentDisposition;
import org.pincite.service.view.ProductionView;

/**
 * One production: {@code POST /api/productions/{id}/run} (202 {id, status}), {@code GET
 * /api/productions/{id}}, {@code GET /api/productions/{id}/volume} (application/zip, once done) and
 * {@code GET /api/productions/{id}/privilege-log?format=csv|docx}.
 */
@Tag(name = "Production")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("productions")
@RequestScoped
public class ProductionResource {
  @Inject ProductionService productions;

  @POST
  @Path("{id}/run")
  @Produces(MediaType.APPLICATION_JSON)
  public Response run(@PathParam("id") long id) {
    ProductionView started = productions.run(id);
    return Response.accepted(Map.of("id", started.id(), "status", started.status())).build();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public ProductionView get(@PathParam("id") long id) {
    return productions.production(id);
  }

  @GET
  @Path("{id}/volume")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  public Response volume(@PathParam("id") long id) {
    ProductionService.Volume volume = productions.volume(id);
    StreamingOutput body = out -> Files.copy(volume.file(), out);
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", ContentDisposition.attachment(volume.fileName()))
        .header("Content-Length", volume.size())
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/privilege-log")
  @Produces({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response privilegeLog(
      @PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format) {
    return ReportResource.download(productions.privilegeLog(id, format));
  }
}
