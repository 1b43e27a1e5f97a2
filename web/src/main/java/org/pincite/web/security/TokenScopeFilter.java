package org.pincite.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.security.SignedRequest;
import org.pincite.service.security.TokenGrant;

/**
 * Hands what the API token that signed the request allows to the services ({@link SignedRequest},
 * which {@code MatterAccess} reads for its one-matter rule), and refuses with 403 any request but a
 * read from a read-only token, whatever it asks for.
 */
@WebFilter(filterName = "TokenScopeFilter", urlPatterns = "/*")
public class TokenScopeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject SignedRequest signed;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<TokenGrant> grant = PinciteAuthenticationMechanism.tokenGrant(request);
    if (grant.isPresent()) {
      if (!grant.get().access().mayChange() && !READS.contains(request.getMethod())) {
        Refusal.send(
            request, response, HttpServletResponse.SC_FORBIDDEN, MatterAccess.READ_ONLY_TOKEN);
        return;
      }
      signed.signedByToken(grant.get());
    }
    chain.doFilter(request, response);
  }
}
