package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * No existence oracle: on every endpoint of {@link AccessControlIT}'s list, another matter's object
 * is answered exactly as an id that does not exist (same status, same body but for the id itself),
 * for a member who may change their own matter and for one who may only read it.
 */
class NoExistenceOracleIT {
  /** No object of any kind has this id on the test server. */
  private static final long UNKNOWN = 987_654_321L;

  private static TestMatter mine;
  private static TestMatter other;

  @BeforeAll
  static void twoMatters() {
    mine = TestMatter.small("oracle-mine");
    other = TestMatter.small("oracle-other");
  }

  private static String markJson(long claimId) {
    return "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":4,\"stance\":\"REFUTES\","
        + "\"claimIds\":["
        + claimId
        + "],\"note\":\"oracle\"}";
  }

  private static String body(HttpResponse<?> response) {
    return response.body() instanceof byte[] bytes
        ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        : String.valueOf(response.body());
  }

  private record Pair(String what, long theirId, HttpResponse<?> theirs, HttpResponse<?> missing) {}

  private static List<Pair> compare(Api caller) {
    long theirMatter = other.id();
    long theirDocument = other.documentFile("case-note.txt");
    long theirClaim = other.claimIdOfFirst();
    long ownMatter = mine.id();
    long ownClaim = mine.claimIdOfFirst();
    HttpResponse<String> marked =
        other.admin().post("api/documents/" + theirDocument + "/annotations", markJson(theirClaim));
    assertEquals(201, marked.statusCode(), marked.body());
    long theirPassage = Api.object(marked).getJsonNumber("id").longValue();
    HttpResponse<String> adminToken =
        Api.adminWithPassword(TestServer.url())
            .post("api/tokens", "{\"label\":\"oracle: another's token\"}");
    assertEquals(201, adminToken.statusCode(), adminToken.body());
    long theirToken = Api.object(adminToken).getJsonNumber("id").longValue();

    Map<String, Function<Long, HttpResponse<?>>> matters = new LinkedHashMap<>();
    matters.put("matter", id -> caller.get("api/matters/" + id));
    matters.put("claims", id -> caller.get("api/matters/" + id + "/claims"));
    matters.put("orphaned passages", id -> caller.get("api/matters/" + id + "/orphaned-passages"));
    matters.put("chronology", id -> caller.get("api/matters/" + id + "/chronology"));
    matters.put(
        "chronology csv", id -> caller.getBytes("api/matters/" + id + "/chronology?format=csv"));
    matters.put("search", id -> caller.get("api/matters/" + id + "/search?q=note"));
    matters.put("matter reindex", id -> caller.post("api/matters/" + id + "/search/reindex", ""));
    matters.put(
        "claim chart", id -> caller.getBytes("api/matters/" + id + "/claim-chart?format=csv"));
    matters.put(
        "upload",
        id -> caller.upload(id, "oracle.txt", "fiction for the oracle".getBytes(), null, null));
    matters.put(
        "draft a claim",
        id ->
            caller.post(
                "api/matters/" + id + "/claims",
                "{\"kind\":\"COUNT\",\"label\":\"x\",\"assertedByPartyId\":"
                    + other.partyId(
                        other.detail().getJsonArray("parties").getJsonObject(0).getString("name"))
                    + "}"));
    matters.put(
        "report through that matter",
        id ->
            caller.getBytes("api/matters/" + id + "/claims/" + theirClaim + "/report?format=csv"));
    matters.put(
        "suggestions through that matter",
        id -> caller.get("api/matters/" + id + "/claims/" + theirClaim + "/suggestions"));
    matters.put(
        "join matter",
        id -> caller.put("api/users/" + mine.paralegalName() + "/matters/" + id, ""));

    Map<String, Function<Long, HttpResponse<?>>> documents = new LinkedHashMap<>();
    documents.put("document", id -> caller.get("api/documents/" + id));
    documents.put("page", id -> caller.get("api/documents/" + id + "/pages/1"));
    documents.put("original", id -> caller.getBytes("api/documents/" + id + "/original"));
    documents.put("page image", id -> caller.getBytes("api/documents/" + id + "/pages/1/image"));
    documents.put("retry", id -> caller.post("api/documents/" + id + "/retry", "{}"));
    documents.put("passages", id -> caller.get("api/documents/" + id + "/annotations"));
    documents.put("document history", id -> caller.get("api/documents/" + id + "/history"));
    documents.put(
        "page highlights", id -> caller.get("api/documents/" + id + "/pages/1/highlights"));
    documents.put("redactions", id -> caller.get("api/documents/" + id + "/redactions"));
    documents.put(
        "redact",
        id ->
            caller.post(
                "api/documents/" + id + "/redactions",
                "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":4,\"reason\":\"PRIVACY\"}"));
    documents.put("redacted copy", id -> caller.getBytes("api/documents/" + id + "/redacted"));
    documents.put("redacted page", id -> caller.get("api/documents/" + id + "/redacted/pages/1"));
    documents.put(
        "redacted page image",
        id -> caller.getBytes("api/documents/" + id + "/redacted/pages/1/image"));
    documents.put(
        "mark with our claim",
        id -> caller.post("api/documents/" + id + "/annotations", markJson(ownClaim)));
    documents.put(
        "mark with their claim",
        id -> caller.post("api/documents/" + id + "/annotations", markJson(theirClaim)));

    Map<String, Function<Long, HttpResponse<?>>> passages = new LinkedHashMap<>();
    passages.put("passage history", id -> caller.get("api/annotations/" + id + "/history"));
    passages.put(
        "restate",
        id ->
            caller.put(
                "api/annotations/" + id,
                "{\"version\":0,\"stance\":\"REFUTES\",\"claimIds\":[" + ownClaim + "]}"));
    passages.put("remove", id -> caller.delete("api/annotations/" + id));

    Map<String, Function<Long, HttpResponse<?>>> claims = new LinkedHashMap<>();
    claims.put(
        "report on their claim",
        id -> caller.getBytes("api/matters/" + ownMatter + "/claims/" + id + "/report?format=csv"));
    claims.put(
        "report on their claim in their matter",
        id ->
            caller.getBytes("api/matters/" + theirMatter + "/claims/" + id + "/report?format=csv"));
    claims.put(
        "suggestions for their claim",
        id -> caller.get("api/matters/" + ownMatter + "/claims/" + id + "/suggestions"));
    claims.put(
        "chronology by their claim",
        id -> caller.get("api/matters/" + ownMatter + "/chronology?claim=" + id));
    claims.put(
        "draft below their claim",
        id ->
            caller.post(
                "api/matters/" + ownMatter + "/claims",
                "{\"kind\":\"ELEMENT\",\"label\":\"x\",\"parentId\":" + id + "}"));
    claims.put("revise a claim", id -> caller.put("api/claims/" + id, "{\"label\":\"x\"}"));
    claims.put(
        "nest our claim below theirs",
        id -> caller.put("api/claims/" + ownClaim, "{\"label\":\"x\",\"parentId\":" + id + "}"));
    claims.put("remove a claim", id -> caller.delete("api/claims/" + id));
    claims.put(
        "mark our document with their claim",
        id ->
            caller.post(
                "api/documents/" + mine.documentFile("case-note.txt") + "/annotations",
                markJson(id)));

    Map<String, Function<Long, HttpResponse<?>>> tokens = new LinkedHashMap<>();
    tokens.put("another's token", id -> caller.delete("api/tokens/" + id));
    tokens.put(
        "a token for their matter",
        id -> caller.post("api/tokens", "{\"label\":\"oracle\",\"matterId\":" + id + "}"));

    List<Pair> pairs = new ArrayList<>();
    Map<Map<String, Function<Long, HttpResponse<?>>>, Long> theirIds = new LinkedHashMap<>();
    theirIds.put(matters, theirMatter);
    theirIds.put(documents, theirDocument);
    theirIds.put(passages, theirPassage);
    theirIds.put(claims, theirClaim);
    theirIds.put(tokens, theirToken);
    tokens.remove("a token for their matter");
    matters.put(
        "a token for that matter",
        id -> caller.post("api/tokens", "{\"label\":\"oracle\",\"matterId\":" + id + "}"));
    theirIds.forEach(
        (calls, theirId) ->
            calls.forEach(
                (what, call) ->
                    pairs.add(new Pair(what, theirId, call.apply(theirId), call.apply(UNKNOWN)))));
    return pairs;
  }

  private static void assertAlike(Api caller, String who) {
    long theirMatter = other.id();
    List<String> differences = new ArrayList<>();
    for (Pair pair : compare(caller)) {
      String theirs = body(pair.theirs());
      // The id asked for is the only difference allowed.
      String theirsNormal = theirs.replaceAll("\\b" + pair.theirId() + "\\b", "{id}");
      String missingNormal = body(pair.missing()).replaceAll("\\b" + UNKNOWN + "\\b", "{id}");
      if (pair.theirs().statusCode() != pair.missing().statusCode()
          || !theirsNormal.equals(missingNormal)) {
        differences.add(
            pair.what()
                + ": theirs "
                + pair.theirs().statusCode()
                + " "
                + theirs
                + " / missing "
                + pair.missing().statusCode()
                + " "
                + body(pair.missing()));
      }
      assertTrue(
          pair.theirs().statusCode() >= 400,
          who + ", " + pair.what() + " reached another matter: " + pair.theirs().statusCode());
    }
    assertEquals(List.of(), differences, who + " can tell another matter's objects from none");
    JsonObject still = other.detail();
    assertEquals(1, still.getJsonArray("documents").size(), "nothing was added to " + theirMatter);
  }

  @Test
  void aMemberWhoMayChangeTheirMatterCannotTellAnotherMattersObjectsFromMissingOnes() {
    assertAlike(mine.paralegalWithPassword(), "the paralegal");
  }

  @Test
  void aMemberWhoMayOnlyReadCannotTellThemApartEither() {
    assertAlike(mine.viewerWithPassword(), "the viewer");
  }
}
