package org.pincite.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Optional;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.settings.TrustedProxies;

/**
 * The address a request comes from, as the sign-in throttle and the sign-in records see it: the
 * socket's, unless the socket is a trusted reverse proxy (PINCITE_TRUSTED_PROXIES), in which case
 * the nearest address in its {@code X-Forwarded-For} that is not itself a trusted proxy. Without a
 * trusted proxy the header is ignored: anyone can send it, and believing it would let a guesser
 * pick a new address for every guess. The one place that decides a caller's address.
 */
@ApplicationScoped
public class ClientAddress {
  @Inject PinciteSettings settings;

  private TrustedProxies trusted;

  @PostConstruct
  void readSettings() {
    trusted = settings.trustedProxies();
  }

  public String of(HttpServletRequest request) {
    String socket = normal(request.getRemoteAddr()).orElse(request.getRemoteAddr());
    String forwarded = request.getHeader("X-Forwarded-For");
    if (!trusted.trusts(socket) || forwarded == null || forwarded.isBlank()) {
      return socket;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      Optional<String> hop = normal(hops[i]);
      if (hop.isEmpty()) {
        // A hop that is no address was not written by a proxy we trust: stop at the last good one.
        return socket;
      }
      if (!trusted.trusts(hop.get())) {
        return hop.get();
      }
      socket = hop.get();
    }
    return socket;
  }

  /** The address in one canonical spelling (::1 and 0:0:0:0:0:0:0:1 alike), if it is one. */
  private static Optional<String> normal(String text) {
    String literal = text == null ? "" : text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    return TrustedProxies.address(literal).map(InetAddress::getHostAddress);
  }
}
