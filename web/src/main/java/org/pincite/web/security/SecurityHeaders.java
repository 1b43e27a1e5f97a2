package org.pincite.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pincite.service.settings.PinciteSettings;

/**
 * The headers every answer carries, whoever writes it: the filter for pages, API answers and
 * downloads, the authentication mechanism for its 401s and redirects (which no filter sees), and a
 * download that reset the response. No content sniffing, no framing by other sites, no referrer
 * leaks, no caching of confidential pages and API answers, and over HTTPS
 * Strict-Transport-Security. Pages get two Content-Security-Policy headers, both enforced:
 * PrimeFaces' (primefaces.CSP in web.xml), which lets only scripts with the page's nonce run, and
 * this one, which limits everything else to Pincite itself.
 */
@ApplicationScoped
public class SecurityHeaders {
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  /** One year: browsers then refuse plain HTTP to this host for that long. */
  static final String HSTS = "max-age=31536000";

  @Inject PinciteSettings settings;

  /**
   * Whether the caller reached Pincite over HTTPS: Liberty's own, or a trusted proxy's (its address
   * in PINCITE_TRUSTED_PROXIES) {@code X-Forwarded-Proto: https}. Anyone else's header is ignored.
   */
  public boolean overHttps(HttpServletRequest request) {
    // Not isSecure(): Liberty answers true for a plain connection that claims X-Forwarded-Proto:
    // https, from anyone. Only a TLS connection has a cipher suite.
    if (request.getAttribute("jakarta.servlet.request.cipher_suite") != null) {
      return true;
    }
    String forwarded = request.getHeader("X-Forwarded-Proto");
    if (forwarded == null) {
      return false;
    }
    // A chain of proxies lists one protocol each; the first is what the client used.
    String first = forwarded.split(",", 2)[0].strip();
    return "https".equalsIgnoreCase(first)
        && settings.trustedProxies().trusts(request.getRemoteAddr());
  }

  /** Sets the headers on an answer not yet committed (setting them twice changes nothing). */
  public void apply(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (PinciteAuthenticationMechanism.isApi(request)) {
      response.setHeader("Content-Security-Policy", API_POLICY);
    } else if (!response.getHeaders("Content-Security-Policy").contains(PAGE_POLICY)) {
      // Enforced together with PrimeFaces' nonce policy for scripts: a script must pass both.
      response.addHeader("Content-Security-Policy", PAGE_POLICY);
    }
    if (overHttps(request)) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }
}
