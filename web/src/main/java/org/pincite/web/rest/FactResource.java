package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.FactService;
import org.pincite.service.HistoryService;
import org.pincite.service.view.FactView;
import org.pincite.service.view.RevisionView;

/** One fact: {@code GET|PUT|DELETE /api/facts/{id}} (PUT with {@code version}: 409 when stale). */
@Tag(name = "Fact")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
@Path("facts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {
  @Inject FactService factService;
  @Inject HistoryService historyService;

  @GET
  public FactView get(@PathParam("id") long id) {
    return factService.get(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public FactView revise(@PathParam("id") long id, @NotNull FactBody body) {
    if (body.version() == null) {
      throw new BadRequestException("version is required: the version of the fact you edited");
    }
    return factService.revise(id, body.version(), body.draft());
  }

  @DELETE
  public void remove(@PathParam("id") long id) {
    factService.remove(id);
  }

  @GET
  @Path("history")
  public List<RevisionView> history(@PathParam("id") long id) {
    return historyService.ofFact(id);
  }
}
