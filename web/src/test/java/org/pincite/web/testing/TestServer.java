package org.pincite.web.testing;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one test server every black-box test talks to: started once by the build (web/pom.xml: the
 * liberty-maven-plugin's test-server executions around failsafe's black-box execution) with the war
 * deployed, and stopped after the last test.
 */
public final class TestServer {
  /** How long the application may take to start after the server is up (Flyway, the demo, ...). */
  private static final Duration STARTING = Duration.ofMinutes(5);

  private static volatile boolean started;

  private TestServer() {}

  /**
   * The application's root, ending in a slash: {@code http://localhost:9081/}; the first call waits
   * until the application answers (the build starts the server, which then starts the application
   * in the background).
   */
  public static URL url() {
    URL url = configured();
    if (!started) {
      awaitApplication(url);
    }
    return url;
  }

  private static synchronized void awaitApplication(URL url) {
    if (started) {
      return;
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + STARTING.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "login.xhtml"))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          started = true;
          return;
        }
        last = "HTTP " + answer.statusCode();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + url, e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + url, e);
      }
    }
    throw new IllegalStateException(
        "The application did not start at " + url + " within " + STARTING + ": " + last);
  }

  private static URL configured() {
    String url =
        System.getProperty(
            "pincite.it.url",
            "http://localhost:" + System.getProperty("pincite.it.http.port", "9081") + "/");
    try {
      return new URL(url.endsWith("/") ? url : url + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException("pincite.it.url is not a URL: " + url, e);
    }
  }
}
