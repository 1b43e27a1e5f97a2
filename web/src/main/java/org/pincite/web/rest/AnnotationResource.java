package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.pincite.service.AnnotationService;
import org.pincite.service.HistoryService;
import org.pincite.service.view.AnnotationView;
import org.pincite.service.view.RevisionView;

@Tag(name = "Annotation")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
@Path("annotations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnotationResource {
  @Inject AnnotationService annotationService;
  @Inject HistoryService historyService;

  @GET
  @Path("history")
  public List<RevisionView> history(@PathParam("id") long id) {
    return historyService.ofPassage(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public AnnotationView restate(@PathParam("id") long id, @Valid @NotNull RestatePassage request) {
    return annotationService.restate(
        id, request.version(), request.stance(), request.claimIds(), request.note());
  }

  @DELETE
  public void remove(@PathParam("id") long id) {
    annotationService.remove(id);
  }
}
