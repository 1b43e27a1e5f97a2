package org.pincite.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of Pincite's REST API for the tests, signed in as one user (or no one). */
public final class Api {
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD =
      System.getProperty("pincite.it.admin.password", "it-chief-passphrase-1");

  /** HTTP/1.1: Liberty leaves the JDK client's h2c upgrade request hanging. */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(20))
          .build();

  private static final java.util.Map<String, String> TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final URI base;
  private final String authorization;

  private Api(URL base, String authorization) {
    try {
      this.base = base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.authorization = authorization;
  }

  public static Api as(URL base, String username, String password) {
    return new Api(
        base,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** The administrator signed in with the password (what making an API token needs). */
  public static Api adminWithPassword(URL base) {
    return as(base, ADMIN, ADMIN_PASSWORD);
  }

  /** The administrator, signed by a token (see {@link #signedByToken}). */
  public static Api admin(URL base) {
    return signedByToken(base, ADMIN, ADMIN_PASSWORD);
  }

  /**
   * A client signed by a personal API token of the user, made once per test run with the password.
   * A token is checked with one SHA-256; a password costs PBKDF2, a third of a second of the
   * server's CPU per request, which on two cores is most of what hundreds of test calls would
   * spend. Tests of signing in with a password use {@link #as}.
   */
  public static Api signedByToken(URL base, String username, String password) {
    String token =
        TOKENS.computeIfAbsent(
            base + " " + username,
            key -> {
              String user = username;
              HttpResponse<String> made =
                  as(base, user, password).post("api/tokens", "{\"label\":\"tests\"}");
              if (made.statusCode() != 201) {
                throw new AssertionError(
                    "no API token for " + user + ": " + made.statusCode() + " " + made.body());
              }
              return object(made).getString("token");
            });
    return withToken(base, token);
  }

  public static Api anonymous(URL base) {
    return new Api(base, null);
  }

  public static Api withToken(URL base, String token) {
    return new Api(base, "Bearer " + token);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    return getBytes(path, java.util.Map.of());
  }

  /** GET with these extra request headers (Range, If-None-Match, ...), the body as bytes. */
  public HttpResponse<byte[]> getBytes(String path, java.util.Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).GET();
    headers.forEach(builder::header);
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** POST multipart/form-data with the part {@code file}, as a browser's upload form sends it. */
  public HttpResponse<String> upload(long matterId, String fileName, byte[] content) {
    return upload(matterId, fileName, content, null, null);
  }

  /** The same with the optional parts {@code kind} and {@code type} (null: Pincite guesses). */
  public HttpResponse<String> upload(
      long matterId, String fileName, byte[] content, String kind, String type) {
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    if (kind != null) {
      parts.put("kind", kind);
    }
    if (type != null) {
      parts.put("type", type);
    }
    return multipart("api/matters/" + matterId + "/documents", fileName, content, parts);
  }

  /** POST multipart/form-data: the part {@code file} and the text parts {@code texts}. */
  public HttpResponse<String> multipart(
      String path, String fileName, byte[] content, java.util.Map<String, String> texts) {
    String boundary = "pincite-test-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "%22")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    body.writeBytes(head);
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    texts.forEach((name, value) -> body.writeBytes(textPart(boundary, name, value)));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static byte[] textPart(String boundary, String name, String value) {
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** POST a body of the given type as it is (a CSV to import, say). */
  public HttpResponse<String> postBody(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) parse(response);
  }

  public static JsonArray array(HttpResponse<String> response) {
    return (JsonArray) parse(response);
  }

  private static JsonStructure parse(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** Waits until no document of the matter is still pending (text is read in the background). */
  public void awaitExtraction(long matterId) {
    awaitExtraction(matterId, 60);
  }

  public void awaitExtraction(long matterId, int seconds) {
    for (int i = 0; i < seconds * 4; i++) {
      if (!get("api/matters/" + matterId).body().contains("\"PENDING\"")) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    String pending =
        Api.object(get("api/matters/" + matterId))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("status").equals("PENDING"))
            .map(d -> d.getJsonNumber("id") + " " + d.getString("fileName"))
            .toList()
            .toString();
    throw new AssertionError(
        "documents of matter "
            + matterId
            + " are still pending after "
            + seconds
            + " s: "
            + pending);
  }

  /** The id of the matter with this docket number, as the caller sees the list. */
  public long matterId(String docketNumber) {
    return array(get("api/matters")).getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("docketNumber").equals(docketNumber))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no matter " + docketNumber + " for this caller"))
        .getJsonNumber("id")
        .longValue();
  }
}
