package org.pincite.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.error.TooManyAttemptsException;

/** Too many failed password attempts: 429 with Retry-After, the password not checked. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {
  @Override
  public Response toResponse(TooManyAttemptsException e) {
    return Response.status(Response.Status.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorBody(e.getMessage()))
        .build();
  }
}
