package org.pincite.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session for the tests: cookies kept, signed in through the login form. */
public final class FormSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern CSRF_META =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;

  private FormSession(URL base) {
    try {
      this.base = base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(20))
            .build();
  }

  public static FormSession signIn(URL base, String username, String password) {
    FormSession session = new FormSession(base);
    HttpResponse<String> answer = session.attempt(username, password, Map.of());
    if (answer.statusCode() != 302) {
      throw new AssertionError(
          "sign-in as "
              + username
              + " failed: "
              + answer.statusCode()
              + " "
              + answer.body().replaceAll("(?s).*<main[^>]*>", "").replaceAll("(?s)</main>.*", ""));
    }
    return session;
  }

  /** A session that has not signed in yet (for {@link #attempt}). */
  public static FormSession anonymous(URL base) {
    return new FormSession(base);
  }

  /**
   * One sign-in on the login form, with these extra headers: 302 when it was accepted, else the
   * login page again with its message.
   */
  public HttpResponse<String> attempt(
      String username, String password, Map<String, String> headers) {
    FormSession session = this;
    String form = session.get("login.xhtml").body();
    Map<String, String> fields = hiddenFields(form);
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:signin", "login:signin");
    // PrimeFaces' script adds the page's CSP nonce to every post it sends.
    fields.put("primefaces.nonce", nonce(form));
    return session.postForm("login.xhtml", fields, headers);
  }

  /** The hidden fields of a page's forms (view state, client window, form ids), by name. */
  public static Map<String, String> hiddenFields(String page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(page);
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2));
    }
    return fields;
  }

  public static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no view state in the page");
    }
    return m.group(1);
  }

  public static String nonce(String page) {
    Matcher m = NONCE.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no CSP nonce in the page");
    }
    return m.group(1);
  }

  /** The CSRF token a signed-in page carries for its scripts. */
  public String csrfToken() {
    Matcher m = CSRF_META.matcher(get("matters.xhtml").body());
    if (!m.find()) {
      throw new AssertionError("no csrf-token meta tag");
    }
    return m.group(1);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public HttpResponse<String> postForm(
      String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  /** Any method with an optional JSON body ({@code json} null: none), riding on the cookies. */
  public HttpResponse<String> send(
      String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
