package org.pincite.service.jpa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The OpenSearch node the build starts before the integration tests (root pom: unpacked from Maven
 * Central under target/, on 127.0.0.1 at {@code pincite.opensearch.http.port}); a test waits here
 * until it answers, for at most two minutes.
 */
final class OpenSearchNode {
  private OpenSearchNode() {}

  /** host:port of the node, once its cluster is at least yellow. */
  static String awaitHosts() {
    String hosts = System.getProperty("pincite.opensearch.hosts", "127.0.0.1:9200");
    if (Boolean.getBoolean("pincite.opensearch.skip")) {
      throw new IllegalStateException(
          "This test needs the OpenSearch node, and the build was told not to start it"
              + " (-Dpincite.opensearch.skip=true)");
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(
                URI.create(
                    "http://" + hosts + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return hosts;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
      }
    }
    throw new IllegalStateException(
        "OpenSearch at "
            + hosts
            + " did not answer within two minutes ("
            + last
            + "); the build starts it in pre-integration-test: see target/opensearch/console.log"
            + " and target/opensearch/logs");
  }
}
