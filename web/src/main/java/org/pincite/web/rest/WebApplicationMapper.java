package org.pincite.web.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (no such address, a method or media type the address does not
 * take) and every {@code BadRequestException(message)} a resource throws: the same {@code {"error":
 * …}} body as the rest of the API, with the status they carry.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response given = e.getResponse();
    if (given.hasEntity() && given.getEntity() instanceof ErrorBody) {
      return given;
    }
    return Response.fromResponse(ErrorBody.response(given.getStatusInfo(), message(e)))
        .header("Allow", given.getHeaderString("Allow"))
        .build();
  }

  private static String message(WebApplicationException e) {
    if (e instanceof NotFoundException) {
      return "There is nothing at this address";
    }
    if (e instanceof NotAllowedException) {
      String allow = e.getResponse().getHeaderString("Allow");
      return "This address does not take that method"
          + (allow == null ? "" : "; it takes " + allow);
    }
    if (e instanceof NotSupportedException) {
      return "This address does not take a body of that media type: send application/json"
          + " (or multipart/form-data for uploads)";
    }
    if (e instanceof NotAcceptableException) {
      return "This address cannot answer in the media type asked for in Accept";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() || message.startsWith("HTTP ")
        ? e.getResponse().getStatusInfo().getReasonPhrase()
        : message;
  }
}
