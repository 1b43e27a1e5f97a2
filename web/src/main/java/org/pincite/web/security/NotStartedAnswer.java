package org.pincite.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What every page and API call answers while Pincite did not start (a wrong setting): 503 with the
 * same one-line reason as the log and {@code /health/ready}, instead of a half-started application.
 */
final class NotStartedAnswer {
  private NotStartedAnswer() {}

  static void send(HttpServletRequest request, HttpServletResponse response, String reason) {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    try {
      if (PinciteAuthenticationMechanism.isApi(request)) {
        response.setContentType("application/json");
        response
            .getWriter()
            .write(Json.createObjectBuilder().add("error", reason).build().toString());
      } else {
        response.setContentType("text/html");
        response
            .getWriter()
            .write(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                    + "<title>Pincite did not start</title></head><body><h1>Pincite did not start</h1><p>"
                    + escaped(reason)
                    + "</p><p>The server's log says the same; fix the setting and restart.</p>"
                    + "</body></html>");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
