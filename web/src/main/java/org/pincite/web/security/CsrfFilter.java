package org.pincite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Refuses state-changing requests that another site could have made the browser send:
 *
 * <ul>
 *   <li>any such request whose Origin (or Referer) is another site;
 *   <li>a form post without the Faces view state (the per-view token Faces checks against the
 *       session);
 *   <li>an API call that rides on the session cookie without the session's token in the {@value
 *       #HEADER} header. Only a call that the authentication mechanism accepted by its own
 *       Authorization header carries no ambient credential and needs no token: any other header
 *       does not excuse a call that the session signs.
 * </ul>
 */
@WebFilter(filterName = "CsrfFilter", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  public static final String HEADER = "X-CSRF-Token";
  public static final String SESSION_ATTRIBUTE = "org.pincite.csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (!sameOrigin(request)) {
      refuse(request, response, "The request came from another site.");
      return;
    }
    if (PinciteAuthenticationMechanism.isApi(request)) {
      if (!PinciteAuthenticationMechanism.signedByHeader(request) && !tokenMatches(request)) {
        refuse(
            request,
            response,
            "The request lacks its "
                + HEADER
                + " header: sign the call with an API token, or send the page's token.");
        return;
      }
    } else if (request.getParameter("jakarta.faces.ViewState") == null) {
      refuse(
          request,
          response,
          "The form was sent without its security token. Reload the page and try again.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The session's token for API calls made by Pincite's own pages (made on first use). */
  public static String tokenFor(HttpSession session) {
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_ATTRIBUTE, token);
    }
    return (String) token;
  }

  private static boolean tokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(HEADER);
    return session != null
        && sent != null
        && java.security.MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            String.valueOf(session.getAttribute(SESSION_ATTRIBUTE))
                .getBytes(StandardCharsets.UTF_8));
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      String referer = request.getHeader("Referer");
      if (referer == null) {
        return origin
            == null; // no browser-supplied origin at all: not a cross-site browser request
      }
      origin = referer;
    }
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
      return request.getServerName().equalsIgnoreCase(uri.getHost())
          && request.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
    Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, reason);
  }
}
