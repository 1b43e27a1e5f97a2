package org.pincite.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.pincite.domain.user.SignIn.Via;
import org.pincite.service.security.SignInCredential;
import org.pincite.service.security.SignInThrottle;
import org.pincite.service.security.UserDirectory;

/**
 * The gate in front of every password check, for the login form and HTTP Basic alike: it asks the
 * throttle first, so that an attempt held back is refused before its password is hashed (429 with
 * Retry-After for HTTP Basic; the login page shows {@link #REFUSED} for the form), and hands on the
 * credential with the caller's address for the sign-in record.
 */
@ApplicationScoped
public class PasswordSignIn {
  /** The request attribute that holds why the login form's attempt was refused unchecked. */
  public static final String REFUSED = "org.pincite.signInRefused";

  @Inject SignInThrottle throttle;
  @Inject ClientAddress addresses;
  @EJB UserDirectory directory;

  /**
   * The credential to check, or empty when the attempt is refused unchecked (the answer is then
   * written, or left for the login page).
   */
  Optional<SignInCredential> admit(
      HttpServletRequest request,
      HttpServletResponse response,
      UsernamePasswordCredential credential,
      Via via,
      String sessionRef) {
    String address = addresses.of(request);
    Optional<SignInThrottle.Refusal> refusal = throttle.refusal(credential.getCaller(), address);
    if (refusal.isEmpty()) {
      return Optional.of(
          new SignInCredential(
              credential.getCaller(), credential.getPasswordAsString(), address, via, sessionRef));
    }
    directory.refused(credential.getCaller(), address, via, refusal.get());
    long seconds = refusal.get().retryAfterSeconds(throttle.now());
    String message =
        refusal.get().reason() + " (in " + seconds + (seconds == 1 ? " second)" : " seconds)");
    if (via == Via.FORM) {
      request.setAttribute(REFUSED, message);
    } else {
      response.setHeader("Retry-After", Long.toString(seconds));
      try {
        Refusal.send(request, response, 429, message);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }
}
