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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.user.TokenAccess;
import org.pincite.service.AccountService;

/**
 * The caller's personal API tokens: make one (its secret is in this answer only; only with a
 * password, never with a token), list them with their life, scope and last use, revoke one.
 */
@Tag(name = "Token")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
  /**
   * A new token: {@code expiresInDays} (default 90, at most PINCITE_TOKEN_MAX_DAYS), {@code access}
   * READ_ONLY or READ_WRITE (default), {@code matterId} to reach one matter only (default: every
   * matter of the caller).
   */
  public record NewTokenRequest(
      @NotBlank String label, Integer expiresInDays, TokenAccess access, Long matterId) {}

  @Inject AccountService accounts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid @NotNull NewTokenRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(
            accounts.createToken(
                request.label(), request.expiresInDays(), request.access(), request.matterId()))
        .build();
  }

  @GET
  public List<AccountService.TokenView> list() {
    return accounts.tokens();
  }

  @DELETE
  @Path("{id}")
  public void revoke(@PathParam("id") long id) {
    accounts.revokeToken(id);
  }
}
