package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.annotation.Stance;
import org.pincite.service.TranscriptService;
import org.pincite.service.view.DesignationView;

/** One designation: {@code PUT|DELETE /api/designations/{id}}. */
@Tag(name = "Designation")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@APIResponse(responseCode = "409", ref = PinciteApi.CONFLICT)
@Path("designations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DesignationResource {
  @Inject TranscriptService transcripts;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public DesignationView restate(@PathParam("id") long id, @NotNull DesignationRequest request) {
    return transcripts.restate(id, request.version(), request.command());
  }

  /** The designated lines as a passage for claims: {@code {stance, claimIds, note}}. */
  public record MarkDesignation(Stance stance, List<Long> claimIds, String note) {}

  @POST
  @Path("passage")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response markAsPassage(@PathParam("id") long id, @NotNull MarkDesignation request) {
    return Response.status(Response.Status.CREATED)
        .entity(transcripts.markAsPassage(id, request.stance(), request.claimIds(), request.note()))
        .build();
  }

  @DELETE
  public void remove(@PathParam("id") long id) {
    transcripts.remove(id);
  }
}
