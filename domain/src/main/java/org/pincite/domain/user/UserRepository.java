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

  SignIn addSignIn(SignIn signIn);

  /**
   * The latest sign-ins with this name (all names when null), newest first, at most {@code limit}.
   */
  List<SignIn> findSignIns(String username, int limit);

  /** The accepted sign-in that opened the session with this reference. */
  Optional<SignIn> findSignInOfSession(String sessionRef);

  /** The user's sign-ins whose session has not ended, newest first. */
  List<SignIn> findOpenSessions(String username);

  /** Marks every session as ended (none outlives the server) and says how many were open. */
  int endEverySession();
}
