package org.pincite.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.error.AccessDeniedException;

/** The caller's role does not allow this: 403 with what they may do instead. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {
  @Override
  public Response toResponse(AccessDeniedException e) {
    return forbidden(e.getMessage());
  }

  static Response forbidden(String message) {
    return ErrorBody.response(Response.Status.FORBIDDEN, message);
  }

  /** The container's own refusal (@RolesAllowed). */
  @Provider
  public static class ContainerRefusal implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return forbidden("Your role does not allow this");
    }
  }
}
