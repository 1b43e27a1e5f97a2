package org.pincite.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pincite.service.ingest.IngestException;

/** An upload Pincite refused (empty file, unreadable): 400 with the reason. */
@Provider
public class IngestRefusedMapper implements ExceptionMapper<IngestException> {
  @Override
  public Response toResponse(IngestException e) {
    return ErrorBody.response(Response.Status.BAD_REQUEST, e.getMessage());
  }
}
