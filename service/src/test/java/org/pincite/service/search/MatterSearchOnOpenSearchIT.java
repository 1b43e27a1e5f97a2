package org.pincite.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.service.jpa.TestDatabase;

/**
 * Every test of {@link MatterSearchIT}, with the same data and the same expected results, on
 * Hibernate Search's Elasticsearch backend against a real OpenSearch node (the one the build starts
 * from Maven Central's distribution), under index names with a prefix of this database's own.
 */
class MatterSearchOnOpenSearchIT extends MatterSearchIT {
  @BeforeAll
  static void seed() {
    seed(TestDatabase.SearchEngine.OPENSEARCH);
  }

  @Test
  void theIndexesInTheClusterCarryTheDatabasesPrefix() throws IOException, InterruptedException {
    String hosts = System.getProperty("pincite.opensearch.hosts", "127.0.0.1:9200");
    HttpResponse<String> aliases =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://" + hosts + "/_cat/aliases?h=alias,index"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, aliases.statusCode(), aliases.body());
    String prefix = db.name() + "-";
    List<String> pairs =
        aliases.body().lines().map(l -> String.join(" ", l.strip().split("\\s+"))).toList();
    for (String index : List.of("page", "note")) {
      for (String alias : List.of("-read", "-write")) {
        String pair = prefix + index + alias + " " + prefix + index + "-000001";
        assertTrue(pairs.contains(pair), pair + " in " + pairs);
      }
    }
  }
}
