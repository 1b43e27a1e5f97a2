package org.pincite.service.security;

import org.pincite.domain.user.Role;

/**
 * Who passed the identity store: the name the server will know them by, their role and, when an API
 * token signed them in, what it allows (null otherwise).
 */
public record SignedInUser(String username, Role role, TokenGrant token) {
  public SignedInUser(String username, Role role) {
    this(username, role, null);
  }
}
