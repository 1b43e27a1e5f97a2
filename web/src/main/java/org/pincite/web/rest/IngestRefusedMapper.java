package org.pincite.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.IngestException;

/** An upload Pincite refused (empty file, unreadable): 400 with the reason. */
@Provider
public class IngestRefusedMapper implements ExceptionMapper<IngestException> {
  @Override
  public Response toResponse(IngestException e) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(e.getMessage())).build();
  }
}
