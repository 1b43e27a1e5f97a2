package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.Role;
import org.pincite.domain.user.User;
import org.pincite.domain.user.UserRepository;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.security.ApiTokens;
import org.pincite.service.security.MatterAccess;

/** The caller's own account: their personal API tokens. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class AccountService {
  /** A token as listed: never the token itself, which is shown once when made. */
  public record TokenView(long id, String label, Instant createdAt, Instant revokedAt) {}

  /** A new token: {@code token} is the secret, shown this once. */
  public record NewToken(long id, String label, String token) {}

  @Inject MatterAccess access;
  @Inject UserRepository users;

  public NewToken createToken(String label) {
    User caller = access.caller();
    String token = ApiTokens.newToken();
    ApiToken saved = users.addToken(new ApiToken(caller, label, ApiTokens.sha256(token)));
    return new NewToken(saved.getId(), saved.getLabel(), token);
  }

  public List<TokenView> tokens() {
    return users.findTokensOf(access.caller().getUsername()).stream()
        .map(t -> new TokenView(t.getId(), t.getLabel(), t.getCreatedAt(), t.getRevokedAt()))
        .toList();
  }

  public void revokeToken(long tokenId) {
    ApiToken token =
        users
            .findToken(tokenId)
            .filter(t -> t.getOwner().equals(access.caller()))
            .orElseThrow(() -> new NotFoundException("API token", tokenId));
    token.revoke();
  }
}
