package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.pincite.service.FactService;
import org.pincite.service.view.FactView;

/**
 * A passage's facts: {@code POST /api/annotations/{id}/fact} makes one from it in one step (its
 * quote the text), {@code GET /api/annotations/{id}/facts} lists those that cite it.
 */
@Tag(name = "Fact")
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("annotations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PassageFactResource {
  @Inject FactService factService;
  @Context UriInfo uri;

  @POST
  @Path("fact")
  public Response fromPassage(@PathParam("id") long id) {
    FactView made = factService.fromPassage(id);
    return Response.created(uri.getBaseUriBuilder().path("facts/{id}").build(made.id()))
        .entity(made)
        .build();
  }

  @GET
  @Path("facts")
  public List<FactView> facts(@PathParam("id") long id) {
    return factService.ofPassage(id);
  }
}
