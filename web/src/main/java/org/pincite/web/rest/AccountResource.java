package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.service.AccountService;
import org.pincite.web.security.PinciteAuthenticationMechanism;

/** The caller's own account: change the password (with the current one), see the open sessions. */
@Tag(name = "Account")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  /** The current password and the new one. */
  public record PasswordChange(@NotNull String current, @NotNull String next) {}

  @Inject AccountService accounts;
  @Context HttpServletRequest request;

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204", description = "The password was changed")
  @APIResponse(responseCode = "429", ref = PinciteApi.TOO_MANY_ATTEMPTS)
  public Response changePassword(@Valid @NotNull PasswordChange change) {
    accounts.changePassword(change.current(), change.next());
    return Response.noContent().build();
  }

  /** Sessions opened by signing in on the login page and not ended; tokens: GET /api/tokens. */
  @GET
  @Path("sessions")
  public List<AccountService.SessionView> sessions() {
    return accounts.sessions(PinciteAuthenticationMechanism.sessionRef(request).orElse(null));
  }
}
