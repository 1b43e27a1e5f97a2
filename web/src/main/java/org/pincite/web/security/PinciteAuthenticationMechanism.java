package org.pincite.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.pincite.domain.user.SignIn.Via;
import org.pincite.service.security.ApiTokenCredential;
import org.pincite.service.security.ApiTokens;
import org.pincite.service.security.SignInCredential;
import org.pincite.service.security.TokenGrant;
import org.pincite.service.security.TokenPrincipal;
import org.pincite.service.security.UserDirectory;
import org.pincite.service.settings.StartupCheck;

/**
 * One mechanism for the two kinds of caller. People sign in on the login page, which hands the
 * credential over through {@code SecurityContext.authenticate}; the session remembers them after
 * that. API clients send {@code Authorization: Basic} (user name and password) or {@code Bearer} (a
 * personal API token) with each request; a request that carries that header is judged by it alone
 * (never by the session, also when the header is not accepted), which is what lets {@link
 * CsrfFilter} excuse only such requests from the CSRF token. An unauthenticated request for a
 * protected page is sent to the login page; one for the API gets 401. Being the first of Pincite's
 * code that every request passes through (before the security constraints), it also answers 503
 * with the reason when Pincite did not start ({@link NotStartedAnswer}).
 */
@ApplicationScoped
public class PinciteAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;
  @Inject StartupCheck startup;
  @Inject SecurityHeaders headers;
  @Inject PasswordSignIn passwords;
  @EJB UserDirectory directory;

  private static final String SESSION_USER = "org.pincite.signedIn";
  private static final String SIGNED_BY_HEADER = "org.pincite.signedByHeader";
  private static final String TOKEN_GRANT = "org.pincite.tokenGrant";
  private static final String NOT_ACCEPTED =
      "The user name and password, or the API token, were not accepted";
  private static final String NOT_SIGNED_IN =
      "Sign in: send Authorization: Basic with a user name and password, or Bearer with an API"
          + " token";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Its 401s, redirects and 503s are answered before any filter runs.
    headers.apply(request, response);
    if (!startup.passed()) {
      NotStartedAnswer.send(request, response, startup.failure().orElseThrow());
      return AuthenticationStatus.SEND_CONTINUE;
    }
    Credential handedOver =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (handedOver != null) {
      // The login page: on success the session remembers the caller (and only then is one made).
      String sessionRef = ApiTokens.newPassword();
      handedOver = throughThrottle(request, response, handedOver, Via.FORM, sessionRef);
      if (handedOver == null) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      CredentialValidationResult result = identityStores.validate(handedOver);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request
          .getSession()
          .setAttribute(
              SESSION_USER,
              new SessionCaller(
                  result.getCallerPrincipal().getName(), result.getCallerGroups(), sessionRef));
      return context.notifyContainerAboutLogin(result);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      // The header alone decides: a request that signs itself never rides on the session, and a
      // header that is not accepted is refused rather than falling back to the session's caller.
      Credential credential = fromHeader(authorization);
      if (credential == null) {
        return challenge(
            request, response, context, "The Authorization header is neither Basic nor Bearer");
      }
      credential = throughThrottle(request, response, credential, Via.BASIC, null);
      if (credential == null) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      AuthenticationStatus status = check(credential, request, context);
      return status == AuthenticationStatus.SUCCESS
          ? status
          : challenge(request, response, context, refusal(credential));
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof SessionCaller caller) {
      if (directory.mayContinue(caller.name())) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      // Disabled or removed since signing in: this session ends now.
      endSession(session);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(request, response, context, NOT_SIGNED_IN);
    }
    String login =
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(wanted(request), StandardCharsets.UTF_8);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // A click on a page whose session has ended: Faces' script follows only its own redirect.
      return ajaxRedirect(response, login);
    }
    return context.redirect(login);
  }

  /**
   * Where to go after signing in: the address asked for or, for a form sent from a page whose
   * session has ended, that page (its Referer: the form's own address lacks the page's parameters).
   */
  private static String wanted(HttpServletRequest request) {
    String asked = SendingPage.asked(request);
    return "POST".equals(request.getMethod()) ? SendingPage.of(request).orElse(asked) : asked;
  }

  private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"/></partial-response>");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (session.getAttribute(SESSION_USER) instanceof SessionCaller caller) {
        directory.sessionEnded(caller.sessionRef());
      }
      session.removeAttribute(SESSION_USER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /**
   * A password credential with where it came from, after the throttle let it through; null when the
   * throttle refused it (the answer is written). Tokens pass as they are.
   */
  private Credential throughThrottle(
      HttpServletRequest request,
      HttpServletResponse response,
      Credential credential,
      Via via,
      String sessionRef) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return credential;
    }
    Optional<SignInCredential> admitted =
        passwords.admit(request, response, password, via, sessionRef);
    return admitted.isPresent() ? admitted.get() : null;
  }

  private void endSession(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException e) {
      // already invalidated by a request beside this one
    }
  }

  /** The reference of the session's sign-in record, when the session is signed in. */
  public static Optional<String> sessionRef(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SESSION_USER) instanceof SessionCaller caller
        ? Optional.of(caller.sessionRef())
        : Optional.empty();
  }

  /** When a session ends (signed out, timed out, invalidated), so does its sign-in's record. */
  @WebListener
  public static class SessionEnd implements HttpSessionListener {
    @EJB UserDirectory directory;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      if (event.getSession().getAttribute(SESSION_USER) instanceof SessionCaller caller) {
        directory.sessionEnded(caller.sessionRef());
      }
    }
  }

  /**
   * What the session keeps of a signed-in person; the services re-read role and membership, and
   * every request checks that the user is still enabled. {@code sessionRef} names the sign-in's
   * record.
   */
  record SessionCaller(String name, Set<String> groups, String sessionRef) implements Serializable {
    SessionCaller {
      groups = Set.copyOf(groups);
    }
  }

  private AuthenticationStatus check(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      AuthenticationStatus status = context.notifyContainerAboutLogin(result);
      if (status == AuthenticationStatus.SUCCESS) {
        request.setAttribute(SIGNED_BY_HEADER, Boolean.TRUE);
        if (result.getCallerPrincipal() instanceof TokenPrincipal token) {
          request.setAttribute(TOKEN_GRANT, token.grant());
        }
      }
      return status;
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Why the credential was not accepted: for a token that expired or was revoked, when. */
  private String refusal(Credential credential) {
    return credential instanceof ApiTokenCredential token
        ? directory.tokenRefusal(token.token()).orElse(NOT_ACCEPTED)
        : NOT_ACCEPTED;
  }

  /** What the API token that signed this request allows, if one did. */
  public static Optional<TokenGrant> tokenGrant(HttpServletRequest request) {
    return request.getAttribute(TOKEN_GRANT) instanceof TokenGrant grant
        ? Optional.of(grant)
        : Optional.empty();
  }

  /**
   * Whether this request was authenticated by its own {@code Authorization} header (and not by the
   * session cookie): only such a request may do without the CSRF token.
   */
  public static boolean signedByHeader(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(SIGNED_BY_HEADER));
  }

  private static Credential fromHeader(String authorization) {
    String value = authorization.strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new ApiTokenCredential(value.substring(7).strip());
    }
    if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0
            ? null
            : new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** 401 with the challenge; for the API with {@code {"error": why}} as every API error. */
  private static AuthenticationStatus challenge(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String why) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Pincite\", charset=\"UTF-8\"");
    if (!isApi(request)) {
      return context.responseUnauthorized();
    }
    try {
      Refusal.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, why);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
