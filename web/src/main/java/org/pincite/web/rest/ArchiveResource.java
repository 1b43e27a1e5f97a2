package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.ArchiveService;
import org.pincite.service.text.ContentDisposition;

/**
 * {@code GET /api/matters/{id}/archive}: the whole matter as one ZIP (administrators), the passages
 * as W3C Web Annotations at {@code annotations.jsonld} in it.
 */
@Tag(name = "Archive")
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters/{id}/archive")
@RequestScoped
public class ArchiveResource {
  @Inject ArchiveService archiveService;

  @GET
  @Produces("application/zip")
  public Response archive(@PathParam("id") long id) {
    String name = archiveService.fileName(id);
    java.nio.file.Path file = archiveService.export(id);
    StreamingOutput body =
        out -> {
          try {
            Files.copy(file, out);
          } finally {
            Files.deleteIfExists(file);
          }
        };
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", ContentDisposition.attachment(name))
        .build();
  }
}
