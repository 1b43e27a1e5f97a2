package org.pincite.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API answers: {@code {"error": "what is wrong and what to do"}}. */
public record ErrorBody(String error) {
  /** An answer with this status and {@code {"error": message}}. */
  static Response response(Response.StatusType status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorBody(message))
        .build();
  }
}
