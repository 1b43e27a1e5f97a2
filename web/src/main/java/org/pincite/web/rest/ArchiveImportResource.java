package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.ArchiveService;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.view.ArchiveImportView;
import org.pincite.web.upload.MultipartForm;

/**
 * {@code POST /api/archives} (multipart part {@code file}, optional {@code docketNumber}): a matter
 * archive to restore as a new matter, answered 202 with its import's {@code id}; {@code GET
 * /api/archives/{id}}: the import's {@code status} (CHECKING, RESTORING, RESTORED, REFUSED), the
 * {@code matterId} restored and the {@code problems} that refused it. Administrators only.
 */
@Tag(name = "Archive")
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@Path("archives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveImportResource {
  @Inject ArchiveService archiveService;
  @Inject PinciteSettings settings;

  @POST
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
                        @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"),
                        @SchemaProperty(name = "docketNumber", type = SchemaType.STRING)
                      })))
  public Response start(@Context HttpServletRequest request, @Context UriInfo uri)
      throws IOException {
    MultipartForm form = MultipartRequests.read(request, settings.maxUploadBytes());
    MultipartForm.Part file =
        form.part("file")
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "Send the archive (a .pincite.zip) as the multipart part named 'file'"));
    if (file.content().length == 0) {
      throw new BadRequestException("The archive is empty: send a .pincite.zip");
    }
    ArchiveImportView started =
        archiveService.startImport(
            new ByteArrayInputStream(file.content()),
            file.fileName(),
            form.text("docketNumber").orElse(null));
    return Response.accepted(started)
        .location(uri.getBaseUriBuilder().path("archives/{id}").build(started.id()))
        .build();
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
  public ArchiveImportView status(@PathParam("id") long id) {
    return archiveService.importStatus(id);
  }
}
