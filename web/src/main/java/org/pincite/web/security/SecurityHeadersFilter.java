package org.pincite.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Puts {@link SecurityHeaders} on every response and keeps them there: a download that resets the
 * response first (Faces' {@code responseReset()}, as the chronology's CSV export and the error
 * pages do) gets them again. Over HTTPS (Liberty's, or a trusted proxy's) every cookie is marked
 * {@code Secure}, the application's own and Liberty's session cookie ({@link SecureSessionCookie},
 * whenever the answer may be committed), and only then does the application see the request as
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
    // Over plain HTTP nothing is secured: a no-op.
    Runnable session =
        https
            ? SecureSessionCookie.of(
                    response, request.getServletContext().getSessionCookieConfig().getName())
                ::secure
            : () -> {};
    // A session the sign-in made before any filter ran.
    session.run();
    chain.doFilter(
        new Transport(request, https, session),
        new GuardedResponse(request, response, headers, https, session));
    session.run();
  }

  /**
   * The request as the application sees it: secure exactly when {@link SecurityHeaders#overHttps}
   * says so (Liberty's own {@code isSecure()} believes anyone's X-Forwarded-Proto), so that Faces,
   * which marks its cookies Secure on secure requests, agrees with the headers.
   */
  static final class Transport extends HttpServletRequestWrapper {
    private final boolean https;
    private final Runnable session;

    Transport(HttpServletRequest request, boolean https, Runnable session) {
      super(request);
      this.https = https;
      this.session = session;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession made = super.getSession(create);
      session.run();
      return made;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      session.run();
      return id;
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
    private final Runnable session;

    GuardedResponse(
        HttpServletRequest request,
        HttpServletResponse response,
        SecurityHeaders headers,
        boolean https,
        Runnable session) {
      super(response);
      this.request = request;
      this.headers = headers;
      this.https = https;
      this.session = session;
    }

    // Each of these may commit the answer: the session cookie is secured before.

    @Override
    public void sendRedirect(String location) throws IOException {
      session.run();
      super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
      session.run();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      session.run();
      super.sendError(status, message);
    }

    @Override
    public void flushBuffer() throws IOException {
      session.run();
      super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      session.run();
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      session.run();
      return super.getWriter();
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
