package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.redaction.RedactionService;
import org.pincite.service.view.RedactionView;

/** One redaction: {@code GET|DELETE /api/redactions/{id}}. */
@Tag(name = "Redaction")
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("redactions/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RedactionResource {
  @Inject RedactionService redactions;

  @GET
  public RedactionView get(@PathParam("id") long id) {
    return redactions.redaction(id);
  }

  @DELETE
  public void remove(@PathParam("id") long id) {
    redactions.remove(id);
  }
}
