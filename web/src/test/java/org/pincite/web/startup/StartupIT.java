package org.pincite.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.pincite.web.testing.OwnServer;

/**
 * How Pincite starts, seen from outside (beside the black-box tests: it starts a server of its own,
 * on ports of its own, {@link OwnServer}). A server of its own, made from the test server's runtime
 * with the built war and the real server.xml, starts with a wrong setting: the log holds one ERROR
 * line naming the variable (no stack trace), the readiness check is DOWN with that reason, and
 * pages and API answer 503 with it instead of Liberty's 404.
 */
@ResourceLock(OwnServer.LOCK)
public class StartupIT {
  static final String REASON =
      "Pincite cannot start: PINCITE_ADMIN_PASSWORD is 5 characters; it must have at least 12";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void aShortAdminPasswordGivesOneErrorLineADownReadinessAnd503s() throws Exception {
    try (OwnServer server = new OwnServer(Map.of("PINCITE_ADMIN_PASSWORD", "short"))) {
      server.start();
      String base = server.url().toString();
      HttpResponse<String> ready = server.awaitApplication();

      assertEquals(503, ready.statusCode(), ready.body());
      JsonObject health = json(ready.body());
      assertEquals("DOWN", health.getString("status"));
      JsonObject settings = check(health, "settings");
      assertEquals("DOWN", settings.getString("status"));
      assertTrue(
          settings.getJsonObject("data").getString("reason").startsWith(REASON), ready.body());

      HttpResponse<String> page = get(base + "matters.xhtml");
      assertEquals(503, page.statusCode(), "a page answers 503, not Liberty's 404");
      assertTrue(page.body().contains(REASON), page.body());
      HttpResponse<String> api = get(base + "api/matters");
      assertEquals(503, api.statusCode());
      assertTrue(json(api.body()).getString("error").startsWith(REASON), api.body());

      List<String> console = server.log().lines().toList();
      List<String> errors = console.stream().filter(l -> l.startsWith("[ERROR")).toList();
      assertEquals(1, errors.size(), String.join("\n", errors));
      assertTrue(errors.get(0).contains(REASON), errors.get(0));
      assertFalse(
          console.stream().anyMatch(l -> l.matches("\\s+at [\\w$.]+\\(.*")),
          "no stack trace in the log");
      assertFalse(
          console.stream().anyMatch(l -> l.contains("Database schema at version")),
          "no migration ran");
      assertTrue(Files.notExists(server.data().resolve("originals")), "nothing was stored");
    }
  }

  /**
   * A server started well: readiness and liveness UP, with the settings, database, originals and
   * search-index checks listed ({@code base} is the server's root URL). Called on the one test
   * server by {@code api.ApiBasicsIT}.
   */
  public static void assertReadyAndLive(String base) throws Exception {
    HttpResponse<String> ready = get(base + "health/ready");
    JsonObject readiness = json(ready.body());
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("UP", readiness.getString("status"), ready.body());
    for (String name : List.of("settings", "database", "originals", "search-index")) {
      assertEquals("UP", check(readiness, name).getString("status"), ready.body());
    }
    assertTrue(
        checkNames(readiness)
            .containsAll(Set.of("settings", "database", "originals", "search-index")),
        ready.body());
    assertTrue(
        check(readiness, "database").getJsonObject("data").getString("database").startsWith("H2")
            || check(readiness, "database")
                .getJsonObject("data")
                .getString("database")
                .startsWith("PostgreSQL"),
        ready.body());
    HttpResponse<String> live = get(base + "health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", json(live.body()).getString("status"), live.body());
    assertTrue(checkNames(json(live.body())).contains("memory"), live.body());
  }

  static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** The check of that name in a health answer. */
  static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  /** The names of the checks a health answer lists. */
  static Set<String> checkNames(JsonObject health) {
    return health.getJsonArray("checks").stream()
        .map(c -> c.asJsonObject().getString("name"))
        .collect(Collectors.toSet());
  }
}
