package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.AnnotationService;
import org.pincite.service.DocumentService;
import org.pincite.service.HistoryService;
import org.pincite.service.OcrQueueService;
import org.pincite.service.command.PassageSelection;
import org.pincite.service.text.ContentDisposition;
import org.pincite.service.view.AnnotationView;
import org.pincite.service.view.DocumentDetail;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.OriginalFile;
import org.pincite.service.view.PageHighlight;
import org.pincite.service.view.PageView;
import org.pincite.service.view.RemovedDocuments;
import org.pincite.service.view.RevisionView;

@Tag(name = "Document")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("documents/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {
  @Inject DocumentService documentService;
  @Inject AnnotationService annotationService;
  @Inject HistoryService historyService;
  @Inject OcrQueueService ocrQueue;

  @GET
  public DocumentDetail get(@PathParam("id") long id) {
    return documentService.document(id);
  }

  /**
   * Removes the document from its matter with its attachments, the passages marked in them and a
   * transcript's designations; 400, removing nothing, for an attachment alone (a family stays
   * together) or when a fact cites one of its passages. The history stays readable, and the
   * original stays in the store.
   */
  @DELETE
  public RemovedDocuments remove(@PathParam("id") long id) {
    return documentService.remove(id);
  }

  /**
   * Changes what the team says the document is (title, short cite name, date, kind and type,
   * author, exhibit label, reporter cite); fields left out keep their values. Audited; 409 when the
   * document changed since {@code version}.
   */
  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
  public DocumentRow describe(@PathParam("id") long id, @Valid @NotNull EditDocument edit) {
    DocumentRow current = documentService.document(id).document();
    return documentService.describe(id, edit.version(), edit.over(current));
  }

  /**
   * Page {@code number} as a PNG image ({@code dpi} kept within 36 to 200, default 110; lower for a
   * page too large for the render budget of 25 million pixels), for the viewer.
   */
  @GET
  @Path("pages/{number}/image")
  @Produces("image/png")
  public Response pageImage(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @QueryParam("dpi") @DefaultValue("110") int dpi)
      throws IOException {
    return Response.ok(documentService.pageImage(id, number, dpi), "image/png").build();
  }

  /** Reads the text again; {@code {"password": "..."}} opens an encrypted PDF (never stored). */
  @POST
  @Path("retry")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response retry(@PathParam("id") long id, RetryRequest request) {
    return Response.accepted(documentService.retry(id, request == null ? null : request.password()))
        .build();
  }

  public record RetryRequest(String password) {}

  /**
   * Cancels the reading of a document waiting in the queue or in OCR (for who asked for it and for
   * administrators): it then waits as NEEDS_OCR (or FAILED) with who cancelled it, until Retry.
   */
  @POST
  @Path("ocr/cancel")
  public DocumentRow cancelOcr(@PathParam("id") long id) {
    return ocrQueue.cancel(id);
  }

  @GET
  @Path("pages/{number}")
  public PageView page(@PathParam("id") long id, @PathParam("number") int number) {
    return documentService.page(id, number);
  }

  /**
   * The original exactly as received, always as a download under its detected type: a browser never
   * renders an uploaded HTML file as a Pincite page.
   */
  @GET
  @Path("original")
  @Produces(MediaType.WILDCARD)
  public Response original(@PathParam("id") long id) throws IOException {
    OriginalFile file = documentService.original(id);
    InputStream bytes = documentService.openOriginal(id);
    StreamingOutput body =
        out -> {
          try (InputStream in = bytes) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, file.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
        .header("Content-Length", file.size())
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + file.sha256())
        .build();
  }

  /** The document's history and that of its passages: who changed what, when, from what to what. */
  @GET
  @Path("history")
  public List<RevisionView> history(@PathParam("id") long id) {
    return historyService.ofDocument(id);
  }

  /**
   * The passages on a page: their characters in its text and, for PDFs, their boxes on its image.
   */
  @GET
  @Path("pages/{number}/highlights")
  public List<PageHighlight> highlights(@PathParam("id") long id, @PathParam("number") int number) {
    return annotationService.highlights(id, number);
  }

  @GET
  @Path("annotations")
  public List<AnnotationView> annotations(@PathParam("id") long id) {
    return annotationService.list(id);
  }

  @POST
  @Path("annotations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response mark(
      @PathParam("id") long id, @Valid @NotNull MarkPassage request, @Context UriInfo uri) {
    AnnotationView saved =
        annotationService.mark(
            id,
            new PassageSelection(
                request.startPage(),
                request.startOffset(),
                request.endPage(),
                request.endOffset(),
                request.quote()),
            request.stance(),
            request.claimIds(),
            request.note());
    return Response.created(uri.getBaseUriBuilder().path("annotations/{id}").build(saved.id()))
        .entity(saved)
        .build();
  }
}
