package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.received.ImportView;
import org.pincite.service.received.ReceivedProductions;
import org.pincite.service.settings.PinciteSettings;

/**
 * A matter's received volumes: {@code POST /api/matters/{id}/imports} (multipart {@code file}, the
 * volume as a ZIP) → 202 {@code {id, status}}, checked in the background (see {@link
 * ImportResource}); {@code GET /api/matters/{id}/imports} lists them, newest first.
 */
@Tag(name = "Received production")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatterImportResource {
  @Inject ReceivedProductions productions;
  @Inject PinciteSettings settings;

  @POST
  @Path("{id}/imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"file"},
                      properties = {
                        @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary")
                      })))
  public Response upload(@PathParam("id") long matterId, @Context HttpServletRequest request)
      throws IOException {
    UploadedForm upload =
        UploadedForm.read(request, settings.maxUploadBytes(), "the imports of matter " + matterId);
    return Response.accepted(
            productions.upload(matterId, upload.fileName(), upload.file().content()))
        .build();
  }

  @GET
  @Path("{id}/imports")
  public List<ImportView> ofMatter(@PathParam("id") long matterId) {
    return productions.ofMatter(matterId);
  }
}
