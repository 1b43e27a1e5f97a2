package org.pincite.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * Puts {@link SecurityHeaders} on every response and keeps them there: a download that resets the
 * response first (Faces' {@code responseReset()}, as the chronology's CSV export and the error
 * pages do) gets them again. Over HTTPS (Liberty's, or a trusted proxy's) every cookie the
 * application sets is marked {@code Secure}, and only then does the application see the request as
 * secure.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject SecurityHeaders headers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.apply(request, response);
    boolean https = headers.overHttps(request);
    chain.doFilter(
        new Transport(request, https), new GuardedResponse(request, response, headers, https));
  }

  /**
   * The request as the application sees it: secure exactly when {@link SecurityHeaders#overHttps}
   * says so (Liberty's own {@code isSecure()} believes anyone's X-Forwarded-Proto), so that Faces,
   * which marks its cookies Secure on secure requests, agrees with the headers.
   */
  static final class Transport extends HttpServletRequestWrapper {
    private final boolean https;

    Transport(HttpServletRequest request, boolean https) {
      super(request);
      this.https = https;
    }

    @Override
    public boolean isSecure() {
      return https;
    }

    @Override
    public String getScheme() {
      return https ? "https" : "http";
    }
  }

  /**
   * A response that keeps the security headers through a reset and, over HTTPS, secures cookies.
   */
  static final class GuardedResponse extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private final SecurityHeaders headers;
    private final boolean https;

    GuardedResponse(
        HttpServletRequest request,
        HttpServletResponse response,
        SecurityHeaders headers,
        boolean https) {
      super(response);
      this.request = request;
      this.headers = headers;
      this.https = https;
    }

    @Override
    public void reset() {
      super.reset();
      headers.apply(request, this);
    }

    @Override
    public void addCookie(Cookie cookie) {
      if (https) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, https ? secured(name, value) : value);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, https ? secured(name, value) : value);
    }

    /** A {@code Set-Cookie} value with {@code Secure}; any other header as it is. */
    static String secured(String name, String value) {
      if (value == null
          || !"set-cookie".equalsIgnoreCase(name)
          || value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?")) {
        return value;
      }
      return value + "; Secure";
    }
  }
}
