package org.pincite.service.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What signed the request being served: an API token (with what it allows), or not (a password or
 * the session). Set by the web layer for each request; read by {@link MatterAccess}.
 */
@RequestScoped
public class SignedRequest {
  private TokenGrant token;

  public void signedByToken(TokenGrant grant) {
    this.token = grant;
  }

  public Optional<TokenGrant> token() {
    return Optional.ofNullable(token);
  }
}
