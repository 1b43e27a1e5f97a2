package org.pincite.service.security;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token sent as {@code Authorization: Bearer <token>}. */
public record ApiTokenCredential(String token) implements Credential {
  @Override
  public String toString() {
    return "ApiTokenCredential[****]";
  }
}
