package org.pincite.service.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/** Pincite's users for Jakarta Security: the caller's single group is their role. */
@ApplicationScoped
public class PinciteIdentityStore implements IdentityStore {
  @EJB UserDirectory directory;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    Optional<SignedInUser> user;
    if (credential instanceof SignInCredential signIn) {
      user = directory.checkPassword(signIn);
    } else if (credential instanceof UsernamePasswordCredential password) {
      user = directory.checkPassword(password.getCaller(), password.getPasswordAsString());
    } else if (credential instanceof ApiTokenCredential token) {
      user = directory.checkToken(token.token());
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return user.map(
            u ->
                new CredentialValidationResult(
                    u.token() == null
                        ? new CallerPrincipal(u.username())
                        : new TokenPrincipal(u.username(), u.token()),
                    Set.of(u.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
