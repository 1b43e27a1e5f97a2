package org.pincite.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Liberty server of a test's own, beside the one test server: made from the same installation
 * with the built war, the real server.xml and the JDBC drivers, on ports of its own ({@code
 * pincite.badstart.http.port} / {@code .https.port}) and with a data directory of its own. Every
 * class using one holds the resource lock {@link #LOCK}: they share the server name and ports.
 */
public final class OwnServer implements AutoCloseable {
  /** The {@code @ResourceLock} of every class that starts an own server. */
  public static final String LOCK = "own-server";

  private static final Duration STARTING = Duration.ofMinutes(10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final Path wlp = Path.of(System.getProperty("pincite.wlp", "target/liberty/wlp"));
  private final String name = System.getProperty("pincite.badstart.server", "badstart");
  private final int httpPort = Integer.getInteger("pincite.badstart.http.port", 9581);
  private final int httpsPort = Integer.getInteger("pincite.badstart.https.port", 9944);
  private final Path server = wlp.resolve("usr/servers").resolve(name);
  private final Path data;

  /**
   * Makes the server (replacing one of that name left by an earlier run) with {@code settings} as
   * environment variables beside its ports and data directory; not started yet.
   */
  public OwnServer(Map<String, String> settings) {
    try {
      data = Files.createTempDirectory("pincite-own-server-data");
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
      Map<String, String> env = new LinkedHashMap<>();
      env.put("PINCITE_HTTP_PORT", String.valueOf(httpPort));
      env.put("PINCITE_HTTPS_PORT", String.valueOf(httpsPort));
      env.put("PINCITE_DATA_DIR", data.toString());
      // server.xml's keystore password, which the plugin writes for servers it makes.
      env.put("keystore_password", "own-server-keystore-password");
      env.putAll(settings);
      Files.writeString(
          server.resolve("server.env"),
          env.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("\n", "", "\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application's root, ending in a slash. */
  public URL url() {
    try {
      return new URL("http://localhost:" + httpPort + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's data directory (originals, H2 database, index). */
  public Path data() {
    return data;
  }

  /** The server's directory (its logs under {@code logs/}). */
  public Path directory() {
    return server;
  }

  /** Starts the server in the background ({@code server start}); see {@link #awaitApplication}. */
  public void start() {
    run("start");
  }

  /**
   * Waits until the application started or failed (its readiness check lists a check), {@link
   * #STARTING} at most (a busy machine, with the other tests running beside it: at a load average
   * of 45 one start had not finished after 300 s); answers the readiness answer.
   */
  public HttpResponse<String> awaitApplication() {
    Instant deadline = Instant.now().plus(STARTING);
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> ready = get("health/ready");
        if (ready.body().contains("\"name\"")) {
          return ready;
        }
      } catch (IOException notListeningYet) {
        // the server is still starting
      }
      pause();
    }
    throw new AssertionError("no readiness check after " + STARTING + "; the log says:\n" + log());
  }

  /** Waits until the application is ready (readiness UP). */
  public void awaitReady() {
    Instant deadline = Instant.now().plus(STARTING);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> ready = awaitApplication();
      if (ready.statusCode() == 200) {
        return;
      }
      pause();
    }
    throw new AssertionError("not ready after " + STARTING + "; the log says:\n" + log());
  }

  /**
   * Kills the server's JVM with SIGKILL ({@code kill -9}): no shutdown hook, nothing closed or
   * flushed, and waits until it is gone.
   */
  public void kill() {
    Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle process =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new AssertionError("the server's process " + pid + " is gone"));
      if (!process.destroyForcibly()) {
        throw new AssertionError("could not kill the server's process " + pid);
      }
      process.onExit().get(60, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new AssertionError("killing the server failed", e);
    }
  }

  /** The server's console log so far. */
  public String log() {
    try {
      return Files.readString(server.resolve("logs/console.log"));
    } catch (IOException e) {
      return "(no console.log: " + e + ")";
    }
  }

  public HttpResponse<String> get(String path) throws IOException {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Stops the server (if it runs) and deletes its data directory. */
  @Override
  public void close() {
    run("stop");
    try {
      delete(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void run(String action) {
    try {
      new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running server " + action, e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void delete(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          path.toFile().setWritable(true);
          Files.delete(path);
        }
      }
    }
  }
}
