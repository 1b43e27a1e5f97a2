package org.pincite.service.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.pincite.domain.user.SignIn.Via;

/**
 * A user name and password with where they came from (the caller's address, the login form or HTTP
 * Basic) for the sign-in record, and, for the login form, the reference of the session the sign-in
 * will open.
 */
public class SignInCredential extends UsernamePasswordCredential {
  private final String address;
  private final Via via;
  private final String sessionRef;

  public SignInCredential(
      String username, String password, String address, Via via, String sessionRef) {
    super(username, password);
    this.address = address;
    this.via = via;
    this.sessionRef = sessionRef;
  }

  public String address() {
    return address;
  }

  public Via via() {
    return via;
  }

  /** The session's reference when this sign-in opens one, else null. */
  public String sessionRef() {
    return sessionRef;
  }

  @Override
  public String toString() {
    return "SignInCredential[" + getCaller() + " from " + address + " by " + via + "]";
  }
}
