package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.redaction.RedactionService;
import org.pincite.service.view.RedactionView;

/**
 * A document's redactions: {@code GET|POST /api/documents/{id}/redactions} (a box {@code {page,
 * box: {x, y, w, h}, reason}} or a range of words {@code {startPage, startOffset, endPage,
 * endOffset, reason}}); one of them is {@code /api/redactions/{id}}.
 */
@Tag(name = "Redaction")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("documents/{id}/redactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RedactionsResource {
  @Inject RedactionService redactions;

  @GET
  public List<RedactionView> list(@PathParam("id") long id) {
    return redactions.list(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "The redaction as stored")
  public Response redact(
      @PathParam("id") long id, @NotNull RedactRequest request, @Context UriInfo uri) {
    RedactionView made = request.redactIn(id, redactions);
    return Response.created(uri.getBaseUriBuilder().path("redactions/{id}").build(made.id()))
        .entity(made)
        .build();
  }
}
