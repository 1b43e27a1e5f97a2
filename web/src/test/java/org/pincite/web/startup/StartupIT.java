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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How Pincite starts, seen from outside (beside the black-box tests: it starts a server of its own,
 * on ports of its own). A server of its own, made from the test server's runtime with the built war
 * and the real server.xml, starts with a wrong setting: the log holds one ERROR line naming the
 * variable (no stack trace), the readiness check is DOWN with that reason, and pages and API answer
 * 503 with it instead of Liberty's 404.
 */
public class StartupIT {
  static final String SERVER = System.getProperty("pincite.badstart.server", "badstart");
  static final int HTTP_PORT = Integer.getInteger("pincite.badstart.http.port", 9581);
  static final int HTTPS_PORT = Integer.getInteger("pincite.badstart.https.port", 9944);
  static final String REASON =
      "Pincite cannot start: PINCITE_ADMIN_PASSWORD is 5 characters; it must have at least 12";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void aShortAdminPasswordGivesOneErrorLineADownReadinessAnd503s() throws Exception {
    Path wlp = Path.of(System.getProperty("pincite.wlp", "target/liberty/wlp"));
    Path server = wlp.resolve("usr/servers").resolve(SERVER);
    Path data = Files.createTempDirectory("pincite-badstart-data");
    makeServer(wlp, server, data, Map.of("PINCITE_ADMIN_PASSWORD", "short"));
    try {
      run(wlp, "start", SERVER);
      String base = "http://localhost:" + HTTP_PORT + "/";
      HttpResponse<String> ready = awaitApplication(server, base + "health/ready");

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

      List<String> console = Files.readAllLines(server.resolve("logs/console.log"));
      List<String> errors = console.stream().filter(l -> l.startsWith("[ERROR")).toList();
      assertEquals(1, errors.size(), String.join("\n", errors));
      assertTrue(errors.get(0).contains(REASON), errors.get(0));
      assertFalse(
          console.stream().anyMatch(l -> l.matches("\\s+at [\\w$.]+\\(.*")),
          "no stack trace in the log");
      assertFalse(
          console.stream().anyMatch(l -> l.contains("Database schema at version")),
          "no migration ran");
      assertTrue(Files.notExists(data.resolve("originals")), "nothing was stored");
    } finally {
      run(wlp, "stop", SERVER);
      delete(data);
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

  /** A server directory holding the built war, the real server.xml and the JDBC drivers. */
  private static void makeServer(Path wlp, Path server, Path data, Map<String, String> settings)
      throws IOException {
    delete(server);
    Files.createDirectories(server.resolve("apps"));
    Files.copy(Path.of(System.getProperty("pincite.server.xml")), server.resolve("server.xml"));
    Files.copy(Path.of(System.getProperty("pincite.war")), server.resolve("apps/pincite.war"));
    Path drivers = wlp.resolve("usr/servers").resolve(System.getProperty("pincite.it.server"));
    Files.createDirectories(server.resolve("jdbc"));
    try (Stream<Path> jars = Files.list(drivers.resolve("jdbc"))) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, server.resolve("jdbc").resolve(jar.getFileName()));
      }
    }
    String env =
        Stream.concat(
                Map.of(
                    "PINCITE_HTTP_PORT", String.valueOf(HTTP_PORT),
                    "PINCITE_HTTPS_PORT", String.valueOf(HTTPS_PORT),
                    "PINCITE_DATA_DIR", data.toString(),
                    // server.xml's keystore password, which the plugin writes for servers it makes.
                    "keystore_password", "badstart-keystore-password")
                    .entrySet()
                    .stream(),
                settings.entrySet().stream())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(server.resolve("server.env"), env);
  }

  /**
   * Waits until the application started or failed (its readiness check is listed), 5 minutes at
   * most (a busy machine, with the other tests running beside it).
   */
  private static HttpResponse<String> awaitApplication(Path server, String readyUrl)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(300);
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> ready = get(readyUrl);
        if (ready.body().contains("\"name\"")) {
          return ready;
        }
      } catch (IOException notListeningYet) {
        // the server is still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "no readiness check after 300 s; the log says:\n"
            + Files.readString(server.resolve("logs/console.log")));
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

  private static void run(Path wlp, String action, String server)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.waitFor();
  }

  private static void delete(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
