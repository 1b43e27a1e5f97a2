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
import org.pincite.service.ProductionService;
import org.pincite.service.view.ProductionView;

/**
 * A matter's productions: {@code POST /api/matters/{id}/productions} (201 {id, status, …}), {@code
 * POST /api/matters/{id}/productions/preview} (the numbering it would get, nothing stored) and
 * {@code GET /api/matters/{id}/productions}. One production is {@link ProductionResource}.
 */
@Tag(name = "Production")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters")
@RequestScoped
public class MatterProductionResource {
  @Inject ProductionService productions;
  @Context UriInfo uri;

  @POST
  @Path("{id}/productions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") long matterId, @NotNull ProductionBody body) {
    ProductionView made = productions.create(matterId, body.command());
    return Response.created(uri.getBaseUriBuilder().path("productions/{id}").build(made.id()))
        .entity(made)
        .build();
  }

  @POST
  @Path("{id}/productions/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ProductionView preview(@PathParam("id") long matterId, @NotNull ProductionBody body) {
    return productions.preview(matterId, body.command());
  }

  @GET
  @Path("{id}/productions")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ProductionView> list(@PathParam("id") long matterId) {
    return productions.productions(matterId);
  }
}
