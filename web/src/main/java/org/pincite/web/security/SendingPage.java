package org.pincite.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * The Pincite page a form was sent from, read from the request's Referer. A Faces form posts to its
 * page's bare address (document.xhtml, without ?id=…), so this is how a refused or expired post
 * finds its way back to the page the user was on.
 */
public final class SendingPage {
  private SendingPage() {}

  /** The page's address inside the application ("/document.xhtml?id=7"), when it is one of ours. */
  public static Optional<String> of(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return Optional.empty();
    }
    try {
      URI from = URI.create(referer);
      int port =
          from.getPort() == -1 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort();
      String path = from.getRawPath();
      String app = request.getContextPath() + "/";
      if (!request.getServerName().equalsIgnoreCase(from.getHost())
          || request.getServerPort() != port
          || path == null
          || !path.startsWith(app)) {
        return Optional.empty();
      }
      return Optional.of(
          path.substring(app.length() - 1)
              + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The address asked for, inside the application. */
  public static String asked(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length())
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
  }
}
