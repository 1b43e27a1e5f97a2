package org.pincite.domain.user;

import java.util.List;
import java.util.Optional;

public interface UserRepository {
  Optional<User> findByUsername(String username);

  List<User> findAll();

  long count();

  User add(User user);

  /** The active token whose SHA-256 this is, with its owner. */
  Optional<ApiToken> findTokenBySha256(String sha256);

  ApiToken addToken(ApiToken token);

  Optional<ApiToken> findToken(long id);

  /** The user's tokens, revoked ones included, oldest first. */
  List<ApiToken> findTokensOf(String username);
}
