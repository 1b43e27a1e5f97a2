package org.pincite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response: no content sniffing, no framing by other sites, no referrer leaks,
 * and no caching of confidential pages and API answers. The Content-Security-Policy of the pages
 * comes from PrimeFaces (primefaces.CSP in web.xml), which gives each page's scripts a nonce.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (PinciteAuthenticationMechanism.isApi(request)) {
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    }
    chain.doFilter(request, response);
  }
}
