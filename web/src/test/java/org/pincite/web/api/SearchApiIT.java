package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Search, suggestions and the chronology through the API, on a matter like the demo: the index is
 * built inside the server and follows passages marked in its JTA transactions. (The search page in
 * Chromium: {@code browser.SearchPageIT}.)
 */
// Its search page twin, SearchPageIT, shares its server's index: one at a time. (The whole index's
// rebuild is SearchRebuildIT's, which runs alone.)
@ResourceLock("search-index")
class SearchApiIT {
  final URL base = TestServer.url();

  private static TestMatter mine;
  private static TestMatter other;

  @BeforeAll
  static void twoMatters() {
    mine = TestMatter.likeTheDemo("search");
    other = TestMatter.small("search-other");
  }

  private Api paralegal() {
    return mine.paralegal();
  }

  private long musk() {
    return mine.id();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private JsonObject search(Api api, long matter, String query, String filters) {
    HttpResponse<String> r = api.get("api/matters/" + matter + "/search?q=" + q(query) + filters);
    assertEquals(200, r.statusCode(), r.body());
    return Api.object(r);
  }

  private long documentId(long matter, String fileName) {
    return Api.object(Api.admin(base).get("api/matters/" + matter))
        .getJsonArray("documents")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(d -> d.getString("fileName").equals(fileName))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long claimId(long matter, String label) {
    List<JsonObject> all = new ArrayList<>();
    Stream<JsonObject> top =
        Api.object(Api.admin(base).get("api/matters/" + matter))
            .getJsonArray("claims")
            .getValuesAs(JsonObject.class)
            .stream();
    top.forEach(c -> flatten(c, all));
    return all.stream()
        .filter(c -> c.getString("label").equals(label))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static void flatten(JsonObject claim, List<JsonObject> into) {
    into.add(claim);
    claim.getJsonArray("children").getValuesAs(JsonObject.class).forEach(c -> flatten(c, into));
  }

  private static List<JsonObject> hits(JsonObject results) {
    return results.getJsonArray("hits").getValuesAs(JsonObject.class);
  }

  /**
   * The index fills as the demo's documents are read in the background; wait for the email's page.
   */
  private JsonObject awaitHits(Api api, long matter, String query) {
    JsonObject r = null;
    for (int i = 0; i < 120; i++) {
      r = search(api, matter, query, "");
      if (r.getJsonNumber("total").longValue() > 0) {
        return r;
      }
      sleep(250);
    }
    return r;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aKoreanWordAndAnEnglishPhraseFindTheirEmailWithTheWordsMarked() {
    long matter = musk();
    long structure = documentId(matter, "2017-09-structure.eml");
    JsonObject korean = awaitHits(paralegal(), matter, "이사회");
    assertEquals(1, korean.getJsonNumber("total").longValue(), korean.toString());
    JsonObject hit = hits(korean).get(0);
    assertEquals(structure, hit.getJsonNumber("documentId").longValue());
    assertEquals(1, hit.getInt("page"));
    assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());
    assertTrue(hit.getJsonNumber("score").doubleValue() > 0);

    JsonObject phrase = search(paralegal(), matter, "\"majority equity\"", "");
    assertEquals(structure, hits(phrase).get(0).getJsonNumber("documentId").longValue());
    assertTrue(
        hits(phrase)
            .get(0)
            .getString("snippet")
            .contains("<mark>majority</mark> <mark>equity</mark>"),
        phrase.toString());
    assertEquals(
        0,
        search(paralegal(), matter, "\"equity majority\"", "").getJsonNumber("total").longValue());
  }

  @Test
  void filtersNarrowTheHitsAndCountTheirValues() {
    long matter = musk();
    awaitHits(paralegal(), matter, "Tesla");
    JsonObject all = search(paralegal(), matter, "OpenAI", "");
    long total = all.getJsonNumber("total").longValue();
    JsonArray kinds = all.getJsonObject("facets").getJsonArray("kind");
    long sum =
        kinds.getValuesAs(JsonObject.class).stream()
            .mapToLong(k -> k.getJsonNumber("count").longValue())
            .sum();
    assertEquals(total, sum, all.getJsonObject("facets").toString());
    JsonObject emails = search(paralegal(), matter, "OpenAI", "&type=EMAIL");
    assertTrue(
        emails.getJsonNumber("total").longValue() > 0
            && emails.getJsonNumber("total").longValue() < total);
    JsonObject filings = search(paralegal(), matter, "OpenAI", "&kind=FILING");
    JsonObject evidence = search(paralegal(), matter, "OpenAI", "&kind=EVIDENCE");
    assertTrue(
        emails.getJsonNumber("total").longValue() <= evidence.getJsonNumber("total").longValue());
    assertEquals(
        total,
        evidence.getJsonNumber("total").longValue() + filings.getJsonNumber("total").longValue());
    JsonObject in2018 =
        search(paralegal(), matter, "OpenAI", "&type=EMAIL&from=2018-01-01&to=2018-12-31");
    assertEquals(
        documentId(matter, "2018-02-tesla.eml"),
        hits(in2018).get(0).getJsonNumber("documentId").longValue());
    assertEquals(1, in2018.getJsonNumber("total").longValue());
  }

  @Test
  void badInputIsA400ThatSaysWhyAndOtherMattersAreNotFound() {
    long matter = musk();
    HttpResponse<String> unclosed =
        paralegal().get("api/matters/" + matter + "/search?q=" + q("\"majority equity"));
    assertEquals(400, unclosed.statusCode(), unclosed.body());
    assertTrue(Api.object(unclosed).getString("error").contains("never closed"), unclosed.body());
    HttpResponse<String> stance =
        paralegal().get("api/matters/" + matter + "/search?q=x&stance=MAYBE");
    assertEquals(400, stance.statusCode(), stance.body());
    assertTrue(stance.body().contains("stance"), stance.body());
    assertEquals(
        400, paralegal().get("api/matters/" + matter + "/search?q=x&from=yesterday").statusCode());

    long second = other.id();
    assertEquals(404, paralegal().get("api/matters/" + second + "/search?q=note").statusCode());
    assertEquals(404, paralegal().get("api/matters/" + second + "/chronology").statusCode());
    long secondClaim =
        Api.object(Api.admin(base).get("api/matters/" + second))
            .getJsonArray("claims")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        404,
        paralegal()
            .get("api/matters/" + second + "/claims/" + secondClaim + "/suggestions")
            .statusCode());
    assertEquals(
        404,
        paralegal()
            .get("api/matters/" + matter + "/claims/" + secondClaim + "/suggestions")
            .statusCode(),
        "a claim of another matter");
    assertEquals(
        401, Api.anonymous(base).get("api/matters/" + matter + "/search?q=Tesla").statusCode());
    assertEquals(
        403, paralegal().post("api/matters/" + matter + "/search/reindex", "").statusCode());
  }

  @Test
  void aSuggestionMarkedThroughTheApiLeavesTheSuggestionsAndIsFoundAsMarked() {
    long matter = musk();
    long tesla = documentId(matter, "2018-02-tesla.eml");
    awaitHits(paralegal(), matter, "Tesla");
    long claim = claimId(matter, "Musk proposed merging OpenAI into Tesla");
    HttpResponse<String> response =
        paralegal().get("api/matters/" + matter + "/claims/" + claim + "/suggestions");
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> suggestions = Api.array(response).getValuesAs(JsonObject.class);
    int rank = -1;
    for (int i = 0; i < suggestions.size(); i++) {
      if (suggestions.get(i).getJsonNumber("documentId").longValue() == tesla) {
        rank = i;
        break;
      }
    }
    assertTrue(rank >= 0 && rank < 3, "the Tesla email among the first three: " + suggestions);
    JsonObject s = suggestions.get(rank);

    String mark =
        "{\"startPage\":"
            + s.getInt("page")
            + ",\"startOffset\":"
            + s.getInt("startOffset")
            + ",\"endPage\":"
            + s.getInt("page")
            + ",\"endOffset\":"
            + s.getInt("endOffset")
            + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
            + claim
            + "],\"quote\":"
            + jakarta.json.Json.createValue(s.getString("quote"))
            + "}";
    HttpResponse<String> marked = paralegal().post("api/documents/" + tesla + "/annotations", mark);
    assertEquals(201, marked.statusCode(), marked.body());

    List<JsonObject> after =
        Api.array(paralegal().get("api/matters/" + matter + "/claims/" + claim + "/suggestions"))
            .getValuesAs(JsonObject.class);
    assertTrue(
        after.stream()
            .noneMatch(
                x ->
                    x.getJsonNumber("documentId").longValue() == tesla
                        && x.getInt("page") == s.getInt("page")),
        after.toString());
    JsonObject supporting =
        search(paralegal(), matter, "", "&claim=" + claim + "&stance=SUPPORTS&annotated=true");
    assertTrue(
        hits(supporting).stream()
            .anyMatch(
                h ->
                    h.getJsonNumber("documentId").longValue() == tesla
                        && h.getString("source").equals("PAGE")),
        supporting.toString());

    HttpResponse<String> chronology =
        paralegal().get("api/matters/" + matter + "/chronology?claim=" + claim);
    assertEquals(200, chronology.statusCode(), chronology.body());
    List<JsonObject> entries =
        Api.object(chronology).getJsonArray("entries").getValuesAs(JsonObject.class);
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("kind").equals("PASSAGE")
                        && e.getString("date").equals("2018-02-01")),
        entries.toString());
  }

  @Test
  void theChronologyListsTheDatedDocumentsInOrderAndExportsCsv() {
    long matter = musk();
    HttpResponse<String> r = paralegal().get("api/matters/" + matter + "/chronology");
    assertEquals(200, r.statusCode(), r.body());
    List<String> dates =
        Api.object(r).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("date"))
            .toList();
    assertTrue(
        dates.containsAll(List.of("2015-12-11", "2016-01-02", "2017-09-20", "2018-02-01")),
        dates.toString());
    assertEquals(dates.stream().sorted().toList(), dates);
    HttpResponse<byte[]> csv =
        paralegal().getBytes("api/matters/" + matter + "/chronology?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("\uFEFFDate,Kind,Document"),
        text.substring(0, Math.min(60, text.length())));
    assertTrue(text.contains("2017-09-20"));
  }
}
