package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.UserAdministration;
import org.pincite.service.UserAdministration.SignInView;

/** The sign-in records (accepted and refused, with why and from where), for administrators. */
@Tag(name = "User")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@Path("sign-ins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {
  @Inject UserAdministration administration;

  @GET
  public List<SignInView> list(
      @Parameter(description = "only the sign-ins with this user name (as it was given)")
          @QueryParam("username")
          String username,
      @Parameter(description = "at most this many, newest first (1 to 500)")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    return administration.signIns(username, limit);
  }
}
