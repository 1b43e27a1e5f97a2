package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.ClaimService;

/**
 * One claim's drafting, as the claims page does it: new wording or a new place in the tree, or its
 * removal when nothing depends on it. Drafting a new claim is {@code POST
 * /api/matters/{id}/claims}.
 */
@Tag(name = "Claim")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("claims/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {
  @Inject ClaimService claimService;

  /** 204; 400 when the wording breaks a rule or the new place would make a cycle. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public void revise(@PathParam("id") long id, @Valid @NotNull ReviseClaim request) {
    claimService.revise(id, request.label(), request.text(), request.parentId());
  }

  /** 204; 400 while claims stand below it or passages are marked for it. */
  @DELETE
  public void remove(@PathParam("id") long id) {
    claimService.remove(id);
  }
}
