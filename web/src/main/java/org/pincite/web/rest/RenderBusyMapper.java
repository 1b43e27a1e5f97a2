package org.pincite.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.render.RenderBudget;

/**
 * The server's pixels for drawing pages stayed taken by other large pages: 503 with Retry-After and
 * the reason (the page is not broken; asking again in a moment works), never a 500.
 */
@Provider
public class RenderBusyMapper implements ExceptionMapper<RenderBudget.RenderBusyException> {
  static final int RETRY_AFTER_SECONDS = 5;

  @Override
  public Response toResponse(RenderBudget.RenderBusyException e) {
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorBody(e.getMessage()))
        .build();
  }
}
