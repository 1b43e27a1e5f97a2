package org.pincite.web.security;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session cookie of an answer over HTTPS, marked {@code Secure}. Liberty writes the session
 * cookie itself, into its own response beneath every wrapper (no filter's {@code addCookie} sees
 * it), with the {@code Secure} flag of server.xml's {@code httpSession} for the whole server, which
 * would break plain-HTTP use on localhost. So over HTTPS, before the answer is committed, Liberty's
 * own cookie is taken out of its response and put back with {@code Secure} (and its {@code
 * HttpOnly} and {@code SameSite=Lax}), through the two public methods of Liberty's response for
 * that ({@code getCookies}, {@code removeCookie}); see docs/stack-notes.md, "The session cookie
 * over HTTPS". Idempotent: called at every point where the answer may be committed.
 */
final class SecureSessionCookie {
  private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /** What server.xml's httpSession sets on the session cookie (cookieSameSite). */
  static final String SAME_SITE = "Lax";

  private final HttpServletResponse container;
  private final String name;

  private SecureSessionCookie(HttpServletResponse container, String name) {
    this.container = container;
    this.name = name;
  }

  /**
   * For the answer {@code response}, whose session cookie is called {@code name} (null: the
   * default, JSESSIONID).
   */
  static SecureSessionCookie of(HttpServletResponse response, String name) {
    ServletResponse innermost = response;
    while (innermost instanceof ServletResponseWrapper wrapper) {
      innermost = wrapper.getResponse();
    }
    return new SecureSessionCookie(
        (HttpServletResponse) innermost, name == null ? "JSESSIONID" : name);
  }

  /** Marks Secure the session cookie the container added to the answer, if it has not been. */
  void secure() {
    if (container.isCommitted()) {
      return;
    }
    try {
      Cookie[] cookies = (Cookie[]) method("getCookies").invoke(container);
      List<Cookie> insecure = new ArrayList<>();
      for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
        if (name.equals(cookie.getName()) && !cookie.getSecure()) {
          insecure.add(cookie);
        }
      }
      if (insecure.isEmpty()) {
        return;
      }
      method("removeCookie", String.class).invoke(container, name);
      for (Cookie cookie : insecure) {
        Cookie secured = (Cookie) cookie.clone();
        secured.setSecure(true);
        secured.setHttpOnly(true);
        secured.setAttribute("SameSite", SAME_SITE);
        container.addCookie(secured);
      }
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      if (WARNED.compareAndSet(false, true)) {
        LOG.log(
            Level.WARNING,
            "The session cookie cannot be marked Secure over HTTPS on this server ("
                + container.getClass().getName()
                + "): set cookieSecure=\"true\" on server.xml's httpSession for an HTTPS-only"
                + " installation",
            e);
      }
    }
  }

  private Method method(String method, Class<?>... parameters) throws NoSuchMethodException {
    return container.getClass().getMethod(method, parameters);
  }
}
