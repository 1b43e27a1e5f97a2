package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FormSession;
import org.pincite.web.testing.TestServer;

/**
 * What HTTPS changes, seen on the wire (raw sockets: the JDK's client would hide the headers'
 * details). The test server's HTTPS port serves Liberty's self-signed certificate, trusted here
 * only; its PINCITE_TRUSTED_PROXIES is 127.0.0.1 (web/pom.xml), so a connection from 127.0.0.2
 * stands for anyone else claiming {@code X-Forwarded-Proto: https}. The login page makes a session,
 * so its answer carries Liberty's session cookie as well as the application's.
 */
class TransportIT {
  static final int HTTP_PORT = TestServer.url().getPort();
  static final int HTTPS_PORT = Integer.getInteger("pincite.it.https.port", 9444);

  @Test
  void anHttpsAnswerCarriesHstsAndItsCookiesAreSecure() throws Exception {
    Answer answer = Answer.of(https(), get("/login.xhtml", ""));
    assertEquals(200, answer.status(), answer.head());
    assertEquals(List.of("max-age=31536000"), answer.headers("Strict-Transport-Security"));
    assertAppCookies(answer, true);
    assertSessionCookie(answer.headers("Set-Cookie"), true);
  }

  @Test
  void aPlainHttpAnswerCarriesNoHstsAndNoSecureCookie() throws Exception {
    Answer answer = Answer.of(http("127.0.0.1"), get("/login.xhtml", ""));
    assertEquals(200, answer.status(), answer.head());
    assertEquals(List.of(), answer.headers("Strict-Transport-Security"), answer.head());
    assertAppCookies(answer, false);
    assertSessionCookie(answer.headers("Set-Cookie"), false);
  }

  @Test
  void xForwardedProtoFromAnUntrustedAddressIsIgnored() throws Exception {
    Answer answer =
        Answer.of(http("127.0.0.2"), get("/login.xhtml", "X-Forwarded-Proto: https\r\n"));
    assertEquals(200, answer.status(), answer.head());
    assertEquals(List.of(), answer.headers("Strict-Transport-Security"), answer.head());
    assertAppCookies(answer, false);
    assertSessionCookie(answer.headers("Set-Cookie"), false);
  }

  @Test
  void xForwardedProtoFromATrustedProxyCountsAsHttps() throws Exception {
    Answer answer =
        Answer.of(http("127.0.0.1"), get("/login.xhtml", "X-Forwarded-Proto: https\r\n"));
    assertEquals(200, answer.status(), answer.head());
    assertEquals(List.of("max-age=31536000"), answer.headers("Strict-Transport-Security"));
    assertAppCookies(answer, true);
    assertSessionCookie(answer.headers("Set-Cookie"), true);
  }

  @Test
  void a401CarriesTheSecurityHeaders() throws Exception {
    for (Socket socket : List.of(http("127.0.0.1"), https())) {
      Answer answer = Answer.of(socket, get("/api/matters", ""));
      assertEquals(401, answer.status(), answer.head());
      assertEquals(List.of("nosniff"), answer.headers("X-Content-Type-Options"), answer.head());
      assertEquals(List.of("DENY"), answer.headers("X-Frame-Options"), answer.head());
      assertEquals(List.of("no-store"), answer.headers("Cache-Control"), answer.head());
      assertFalse(answer.headers("Content-Security-Policy").isEmpty(), answer.head());
    }
  }

  /**
   * A sign-in's answer: the session cookie under its new id (the sign-in changes it), written while
   * the answer is a redirect, Secure exactly when the sign-in came over HTTPS.
   */
  @Test
  void theSessionCookieOfASignInIsSecureExactlyOverHttps() {
    for (boolean https : new boolean[] {true, false}) {
      HttpResponse<String> signedIn =
          FormSession.anonymous(TestServer.url())
              .attempt(
                  Api.ADMIN,
                  Api.ADMIN_PASSWORD,
                  https ? Map.of("X-Forwarded-Proto", "https") : Map.of());
      assertEquals(302, signedIn.statusCode(), signedIn.body());
      assertSessionCookie(signedIn.headers().allValues("Set-Cookie"), https);
    }
  }

  /**
   * Liberty's own session cookie: exactly one, HttpOnly and SameSite=Lax always, Secure exactly
   * over HTTPS (Liberty's flag is server-wide; SecureSessionCookie sets it per answer).
   */
  private static void assertSessionCookie(List<String> setCookies, boolean secure) {
    List<String> session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertEquals(1, session.size(), "one session cookie: " + setCookies);
    String cookie = session.get(0).toLowerCase(Locale.ROOT);
    assertEquals(secure, cookie.matches("(?s).*;\\s*secure\\s*(;.*)?"), session.get(0));
    assertTrue(cookie.matches("(?s).*;\\s*httponly\\s*(;.*)?"), session.get(0));
    assertTrue(cookie.matches("(?s).*;\\s*samesite=lax\\s*(;.*)?"), session.get(0));
  }

  /** The cookies the application sets on the login page (Faces' flash cookie), Secure or not. */
  private static void assertAppCookies(Answer answer, boolean secure) {
    List<String> cookies =
        answer.headers("Set-Cookie").stream().filter(c -> !c.startsWith("JSESSIONID=")).toList();
    assertFalse(cookies.isEmpty(), "the login page sets a cookie: " + answer.head());
    for (String cookie : cookies) {
      boolean marked = cookie.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?");
      assertEquals(secure, marked, cookie);
    }
  }

  static String get(String path, String extraHeaders) {
    return "GET "
        + path
        + " HTTP/1.1\r\nHost: localhost\r\n"
        + extraHeaders
        + "Connection: close\r\n\r\n";
  }

  /** A plain connection to the test server from {@code from} (any 127.x address is this host). */
  static Socket http(String from) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress("127.0.0.1", HTTP_PORT), 10_000);
    socket.setSoTimeout(60_000);
    return socket;
  }

  /** A TLS connection to the test server's HTTPS port, trusting its self-signed certificate. */
  static Socket https() throws Exception {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
    SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", HTTPS_PORT);
    socket.setSoTimeout(60_000);
    socket.startHandshake();
    return socket;
  }

  /** For the test server's self-signed certificate only. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  /** An answer read off a socket: its status line and headers (the body is not needed). */
  record Answer(int status, List<String> lines) {
    static Answer of(Socket socket, String request) throws IOException {
      try (socket) {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return read(socket.getInputStream());
      }
    }

    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      int state = 0;
      while (state < 4 && (b = in.read()) >= 0) {
        head.write(b);
        state =
            (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                ? state + 1
                : (b == '\r' ? 1 : 0);
      }
      List<String> lines =
          new ArrayList<>(List.of(head.toString(StandardCharsets.UTF_8).split("\r\n")));
      String[] statusLine = lines.remove(0).split(" ");
      return new Answer(Integer.parseInt(statusLine[1]), lines);
    }

    List<String> headers(String name) {
      return lines.stream()
          .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(l -> l.substring(name.length() + 1).strip())
          .toList();
    }

    String head() {
      return status + "\n" + String.join("\n", lines);
    }
  }
}
