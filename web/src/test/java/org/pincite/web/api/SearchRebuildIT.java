package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * An administrator rebuilds one matter's index, then the whole index, and every search answers as
 * before; others may not.
 */
// Rebuilding the whole index empties it first: every matter's search is incomplete till it is
// done, so no other class may search meanwhile (seen: TranscriptApiIT's search found nothing).
@Isolated
class SearchRebuildIT {
  private static TestMatter matter;

  @BeforeAll
  static void aMatterLikeTheDemo() {
    matter = TestMatter.likeTheDemo("search-rebuild");
  }

  private static long total(String query) {
    HttpResponse<String> r =
        matter
            .paralegal()
            .get(
                "api/matters/"
                    + matter.id()
                    + "/search?q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return Api.object(r).getJsonNumber("total").longValue();
  }

  @Test
  void anAdministratorRebuildsTheMattersIndexAndThenTheWholeIndex() {
    long before = 0;
    for (int i = 0; i < 120 && before == 0; i++) {
      before = total("OpenAI"); // the pages are indexed as their reading commits
      if (before == 0) {
        pause();
      }
    }
    assertTrue(before > 0, "the matter's pages are found before any rebuild");
    HttpResponse<String> r =
        Api.admin(TestServer.url()).post("api/matters/" + matter.id() + "/search/reindex", "");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject one = Api.object(r);
    assertTrue(one.getInt("indexed") > 0, one.toString());
    assertEquals(before, total("OpenAI"));

    HttpResponse<String> all = Api.admin(TestServer.url()).post("api/search/reindex", "");
    assertEquals(200, all.statusCode(), all.body());
    assertTrue(Api.object(all).getInt("indexed") >= one.getInt("indexed"), all.body());
    assertEquals(before, total("OpenAI"), "the same hits after a full rebuild");
    assertEquals(403, matter.paralegal().post("api/search/reindex", "").statusCode());
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
