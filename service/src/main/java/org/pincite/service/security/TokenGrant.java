package org.pincite.service.security;

import java.io.Serializable;
import org.pincite.domain.user.ApiToken;
import org.pincite.domain.user.TokenAccess;

/**
 * What the API token that signed a request allows, within its owner's rights: its access and, when
 * it names one, the one matter it reaches ({@code matterId} null: every matter of its owner).
 */
public record TokenGrant(long tokenId, TokenAccess access, Long matterId) implements Serializable {
  public static TokenGrant of(ApiToken token) {
    return new TokenGrant(
        token.getId(), token.getAccess(), token.getMatter().map(m -> m.getId()).orElse(null));
  }
}
