package org.pincite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response: no content sniffing, no framing by other sites, no referrer leaks, and
 * no caching of confidential pages and API answers. Pages get two Content-Security-Policy headers,
 * both enforced: PrimeFaces' (primefaces.CSP in web.xml), which lets only scripts with the page's
 * nonce run, and this one, which limits everything else to Pincite itself.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (PinciteAuthenticationMechanism.isApi(request)) {
      response.setHeader(
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    } else {
      // Enforced together with PrimeFaces' nonce policy for scripts: a script must pass both.
      response.addHeader("Content-Security-Policy", PAGE_POLICY);
    }
    chain.doFilter(request, response);
  }
}
