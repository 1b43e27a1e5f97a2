package org.pincite.service.security;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller as the identity store names them when an API token signed the request: their user
 * name, with what the token allows, for the authentication mechanism to hand to {@link
 * SignedRequest}.
 */
public class TokenPrincipal extends CallerPrincipal {
  private static final long serialVersionUID = 1L;
  private final TokenGrant grant;

  public TokenPrincipal(String username, TokenGrant grant) {
    super(username);
    this.grant = grant;
  }

  public TokenGrant grant() {
    return grant;
  }
}
