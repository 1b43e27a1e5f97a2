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
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.redaction.RedactionService;
import org.pincite.service.text.ContentDisposition;

/**
 * The redacted copy of a document, to check before it is produced: {@code GET
 * /api/documents/{id}/redacted} (the PDF, redacted pages as images only), {@code
 * .../redacted/pages/{n}} (the page's text with {@code [REDACTED]} for the redacted words) and
 * {@code .../redacted/pages/{n}/image} (the page as a PNG with the redactions burned in); {@code
 * dpi} 36 to 300, 200 when not given.
 */
@Tag(name = "Redaction")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("documents/{id}/redacted")
@RequestScoped
public class RedactedCopyResource {
  @Inject RedactionService redactions;

  @GET
  @Produces("application/pdf")
  public Response pdf(
      @PathParam("id") long id,
      @QueryParam("dpi") @DefaultValue("" + RedactionService.COPY_DPI) int dpi)
      throws IOException {
    return Response.ok(redactions.redactedPdf(id, dpi), "application/pdf")
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("document-" + id + "-redacted.pdf"))
        .build();
  }

  @GET
  @Path("pages/{number}")
  @Produces(MediaType.APPLICATION_JSON)
  public RedactionService.RedactedPageText page(
      @PathParam("id") long id, @PathParam("number") int number) {
    return redactions.redactedPageText(id, number);
  }

  @GET
  @Path("pages/{number}/image")
  @Produces("image/png")
  public Response image(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @QueryParam("dpi") @DefaultValue("" + RedactionService.COPY_DPI) int dpi)
      throws IOException {
    return Response.ok(redactions.redactedPageImage(id, number, dpi), "image/png").build();
  }
}
