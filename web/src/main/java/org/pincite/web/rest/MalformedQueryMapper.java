package org.pincite.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.error.MalformedQueryException;

/** A search that cannot be read: 400 with what to fix. */
@Provider
public class MalformedQueryMapper implements ExceptionMapper<MalformedQueryException> {
  @Override
  public Response toResponse(MalformedQueryException e) {
    return ErrorBody.response(Response.Status.BAD_REQUEST, e.getMessage());
  }
}
