package org.pincite.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API answers. */
public record ErrorBody(String error) {
  /** An answer with this status and {@code {"error": message}}. */
  static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorBody(message))
        .build();
  }
}
