package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.pincite.domain.user.Role;
import org.pincite.service.UserAdministration;
import org.pincite.service.UserAdministration.UserView;

/** Users and their matters, for administrators only. */
@Tag(name = "User")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
  public record NewUser(
      @NotBlank String username,
      @NotBlank String displayName,
      @NotNull Role role,
      @NotBlank String password) {}

  @Inject UserAdministration administration;

  @GET
  public List<UserView> list() {
    return administration.users();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@Valid @NotNull NewUser user) {
    return Response.status(Response.Status.CREATED)
        .entity(
            administration.addUser(
                user.username(), user.displayName(), user.role(), user.password()))
        .build();
  }

  @PUT
  @Path("{username}/matters/{matterId}")
  public UserView join(
      @PathParam("username") String username, @PathParam("matterId") long matterId) {
    return administration.joinMatter(username, matterId);
  }

  @DELETE
  @Path("{username}/matters/{matterId}")
  public UserView leave(
      @PathParam("username") String username, @PathParam("matterId") long matterId) {
    return administration.leaveMatter(username, matterId);
  }

  /** Stops the user's sign-ins; their open sessions and tokens are refused at their next call. */
  @POST
  @Path("{username}/disable")
  public UserView disable(@PathParam("username") String username) {
    return administration.disable(username);
  }

  @POST
  @Path("{username}/enable")
  public UserView enable(@PathParam("username") String username) {
    return administration.enable(username);
  }

  /** Ends a lockout after failed sign-ins at once. */
  @POST
  @Path("{username}/unlock")
  public UserView unlock(@PathParam("username") String username) {
    return administration.unlock(username);
  }

  /** Removes the user (softly: the name stays in the sign-ins and the audit trail). */
  @DELETE
  @Path("{username}")
  public Response remove(@PathParam("username") String username) {
    administration.remove(username);
    return Response.noContent().build();
  }
}
