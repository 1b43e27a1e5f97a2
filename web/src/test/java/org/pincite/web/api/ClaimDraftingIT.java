package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * Drafting claims through the API as the claims page does: counts asserted by a party, elements
 * below them, new wording and a new place, and removal only of what nothing depends on.
 */
class ClaimDraftingIT {
  private static HttpResponse<String> draft(Api api, long matter, String json) {
    return api.post("api/matters/" + matter + "/claims", json);
  }

  private static long id(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Api.object(response).getJsonNumber("id").longValue();
  }

  private static JsonObject row(TestMatter matter, long claimId) {
    return Api.array(matter.admin().get("api/matters/" + matter.id() + "/claims"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getJsonNumber("id").longValue() == claimId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("claim " + claimId + " is not in the tree"));
  }

  private static void assertRefused(HttpResponse<String> response, int status, String words) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(Api.object(response).getString("error").contains(words), response.body());
  }

  @Test
  void aParalegalDraftsACountWithElementsRewordsNestsAndRemovesThem() {
    TestMatter matter = TestMatter.small("drafting");
    Api paralegal = matter.paralegal();
    long plaintiff = matter.detail().getJsonArray("parties").getJsonObject(0).getInt("id");

    HttpResponse<String> drafted =
        draft(
            paralegal,
            matter.id(),
            "{\"kind\":\"COUNT\",\"label\":\"Unjust enrichment\",\"text\":\"Defendants kept the"
                + " benefit.\",\"assertedByPartyId\":"
                + plaintiff
                + "}");
    long count = id(drafted);
    assertTrue(
        drafted.headers().firstValue("Location").orElse("").endsWith("/api/claims/" + count),
        drafted.headers().map().toString());
    long benefit =
        id(
            draft(
                paralegal,
                matter.id(),
                "{\"kind\":\"ELEMENT\",\"label\":\"A benefit was conferred\",\"parentId\":"
                    + count
                    + "}"));
    long unjust =
        id(
            draft(
                paralegal,
                matter.id(),
                "{\"kind\":\"ELEMENT\",\"label\":\"Keeping it is unjust\",\"parentId\":"
                    + count
                    + "}"));
    assertEquals(0, row(matter, count).getInt("depth"));
    assertEquals(1, row(matter, benefit).getInt("depth"));
    assertEquals(
        row(matter, count).getString("assertedBy"),
        row(matter, benefit).getString("assertedBy"),
        "an element is asserted by the party of its count");

    // New wording, then nested one level deeper under its sibling.
    assertEquals(
        204,
        paralegal
            .put(
                "api/claims/" + unjust,
                "{\"label\":\"Retaining the benefit would be unjust\",\"parentId\":"
                    + benefit
                    + "}")
            .statusCode());
    JsonObject moved = row(matter, unjust);
    assertEquals("Retaining the benefit would be unjust", moved.getString("label"));
    assertEquals(2, moved.getInt("depth"));

    // The same rules as the page.
    assertRefused(
        paralegal.put("api/claims/" + benefit, "{\"label\":\"x\",\"parentId\":" + unjust + "}"),
        400,
        "its own ancestor");
    assertRefused(
        draft(paralegal, matter.id(), "{\"kind\":\"COUNT\",\"label\":\"No party\"}"),
        400,
        "assertedByPartyId");
    assertRefused(
        draft(
            paralegal,
            matter.id(),
            "{\"kind\":\"ELEMENT\",\"label\":\"\",\"parentId\":" + count + "}"),
        400,
        "label");
    assertRefused(paralegal.delete("api/claims/" + count), 400, "below it");

    // Removed from the bottom up; a removed claim is gone.
    assertEquals(204, paralegal.delete("api/claims/" + unjust).statusCode());
    assertEquals(204, paralegal.delete("api/claims/" + benefit).statusCode());
    assertEquals(204, paralegal.delete("api/claims/" + count).statusCode());
    assertEquals(404, paralegal.delete("api/claims/" + count).statusCode());
    assertTrue(
        Api.array(paralegal.get("api/matters/" + matter.id() + "/claims"))
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(c -> c.getJsonNumber("id").longValue() == count));
  }

  @Test
  void aClaimWithMarkedPassagesStaysAndOtherMattersAndViewersAreRefused() {
    TestMatter matter = TestMatter.small("drafting-rules");
    TestMatter other = TestMatter.small("drafting-other");
    long claim = matter.claimIdOfFirst();
    long document =
        matter.detail().getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> marked =
        matter
            .paralegal()
            .post(
                "api/documents/" + document + "/annotations",
                "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":4,"
                    + "\"stance\":\"SUPPORTS\",\"claimIds\":["
                    + claim
                    + "]}");
    assertEquals(201, marked.statusCode(), marked.body());
    assertRefused(matter.paralegal().delete("api/claims/" + claim), 400, "passage");

    long foreignParty = other.detail().getJsonArray("parties").getJsonObject(0).getInt("id");
    List<HttpResponse<String>> foreign =
        List.of(
            draft(
                matter.paralegal(),
                other.id(),
                "{\"kind\":\"COUNT\",\"label\":\"x\",\"assertedByPartyId\":" + foreignParty + "}"),
            draft(
                matter.paralegal(),
                matter.id(),
                "{\"kind\":\"COUNT\",\"label\":\"x\",\"assertedByPartyId\":" + foreignParty + "}"),
            matter.paralegal().put("api/claims/" + other.claimIdOfFirst(), "{\"label\":\"x\"}"),
            matter.paralegal().delete("api/claims/" + other.claimIdOfFirst()));
    assertEquals(
        List.of(404, 400, 404, 404), foreign.stream().map(HttpResponse::statusCode).toList());
    assertEquals(
        403, matter.viewer().put("api/claims/" + claim, "{\"label\":\"viewer\"}").statusCode());
    assertEquals(403, matter.viewer().delete("api/claims/" + claim).statusCode());
  }
}
