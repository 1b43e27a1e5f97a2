package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.service.AnnotationService;
import org.pincite.service.ClaimService;
import org.pincite.service.DocumentService;
import org.pincite.service.MatterService;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.view.ClaimPassage;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.MatterSummary;
import org.pincite.web.upload.MultipartForm;

@Tag(name = "Matter")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
@Path("matters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatterResource {
  private static final Logger LOG = Logger.getLogger(MatterResource.class.getName());

  @Inject ClaimService claimService;
  @Inject AnnotationService annotationService;
  @Inject MatterService matterService;
  @Inject DocumentService documentService;
  @Inject PinciteSettings settings;

  /** The body of POST /api/matters. */
  public record NewMatter(
      @NotBlank String caption,
      @NotBlank String court,
      @NotBlank String docketNumber,
      LocalDate filedOn,
      List<MatterService.NewParty> parties) {}

  /** Opens a matter (administrators): 201 with its summary. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(@Valid @NotNull NewMatter request, @Context UriInfo uri) {
    MatterSummary opened =
        matterService.open(
            request.caption(),
            request.court(),
            request.docketNumber(),
            request.filedOn(),
            request.parties());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build())
        .entity(opened)
        .build();
  }

  /** The matters: id, caption, docketNumber, court (and filedOn). */
  @GET
  public List<MatterSummary> list() {
    return matterService.listMatters();
  }

  /**
   * Adds a file (multipart part {@code file}, optional parts {@code kind} and {@code type}) to the
   * matter: 202 with the new document; its text is read as the ingest allows. The body is read
   * whole first ({@link MultipartForm}): one cut short, longer than declared or without its closing
   * boundary is refused with 400 and nothing is stored.
   */
  @POST
  @Path("{id}/documents")
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
                        @SchemaProperty(name = "kind", type = SchemaType.STRING),
                        @SchemaProperty(name = "type", type = SchemaType.STRING)
                      })))
  public Response upload(@PathParam("id") long id, @Context HttpServletRequest request)
      throws IOException {
    long limit = settings.maxUploadBytes();
    MultipartForm form;
    try {
      form = MultipartRequests.read(request, limit);
    } catch (BadRequestException e) {
      LOG.warning("Upload to matter " + id + " refused: " + e.getMessage());
      throw e;
    }
    MultipartForm.Part file =
        form.part("file")
            .orElseThrow(
                () -> new BadRequestException("Send the file as the multipart part named 'file'"));
    String fileName =
        file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
    DocumentKind kind =
        QueryParams.enumValue("kind", DocumentKind.class, form.text("kind").orElse(null));
    DocumentType type =
        QueryParams.enumValue("type", DocumentType.class, form.text("type").orElse(null));
    if (file.content().length > limit) {
      throw IngestException.tooLarge(fileName, limit);
    }
    return Response.accepted(documentService.upload(id, fileName, kind, type, file.content()))
        .build();
  }

  /** One matter with its parties, claims tree and documents. */
  @GET
  @Path("{id}")
  public MatterDetail get(@PathParam("id") long id) {
    return matterService.matter(id);
  }

  /**
   * The matter's claims, depth first, with how many passages support, refute or give context to
   * each.
   */
  @GET
  @Path("{id}/claims")
  public List<ClaimCount> claims(@PathParam("id") long id) {
    return claimService.tree(id).stream().map(ClaimCount::of).toList();
  }

  /** Drafts a claim of the matter as the claims page does: 201 with its {@code id}. */
  @POST
  @Path("{id}/claims")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response draftClaim(
      @PathParam("id") long id, @Valid @NotNull DraftClaim request, @Context UriInfo uri) {
    long claimId =
        claimService.draft(
            id,
            request.kind(),
            request.label(),
            request.text(),
            request.assertedByPartyId(),
            request.parentId());
    return Response.created(uri.getBaseUriBuilder().path("claims/{id}").build(claimId))
        .entity(new DraftedClaim(claimId))
        .build();
  }

  /** The answer to drafting a claim: its id (the tree is {@code GET /api/matters/{id}}). */
  public record DraftedClaim(long id) {}

  /** Passages not found again after their documents' text was read anew: to be reviewed. */
  @GET
  @Path("{id}/orphaned-passages")
  public List<ClaimPassage> orphans(@PathParam("id") long id) {
    return annotationService.orphans(id);
  }
}
