package org.pincite.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A refusal written before the request reaches JAX-RS or Faces (not signed in, no CSRF token, an
 * upload too large): {@code {"error": …}} for the API, as the REST mappers answer, plain text for
 * pages.
 */
final class Refusal {
  private Refusal() {}

  static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (PinciteAuthenticationMechanism.isApi(request)) {
      response.setContentType("application/json");
      response
          .getWriter()
          .write(Json.createObjectBuilder().add("error", message).build().toString());
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(message);
    }
    response.flushBuffer();
  }
}
