package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/** Marking passages through the API: the stored quote, and the rules the page applies too. */
class AnnotationApiIT {
  private static final String FOR_PROFIT_EMAIL = "Re: Proposed for-profit structure";
  private static final String CONTRACT = "Breach of contract (the Founding Agreement)";

  final URL base = TestServer.url();
  private static TestMatter mine;
  private static TestMatter other;

  @BeforeAll
  static void twoMatters() {
    mine = TestMatter.likeTheDemo("annotations");
    other = TestMatter.small("annotations-other");
  }

  private static String mark(
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String stance,
      String claimIds,
      String note) {
    return "{\"startPage\":"
        + startPage
        + ",\"startOffset\":"
        + startOffset
        + ",\"endPage\":"
        + endPage
        + ",\"endOffset\":"
        + endOffset
        + ",\"stance\":\""
        + stance
        + "\",\"claimIds\":["
        + claimIds
        + "],\"note\":"
        + (note == null ? "null" : "\"" + note + "\"")
        + "}";
  }

  @Test
  void theAnnotationApiStoresThePassageWithItsQuoteAndRefusesWhatBreaksTheRules() {
    Api api = mine.paralegal();
    long email = mine.documentId(FOR_PROFIT_EMAIL);
    long contract = mine.claimId(CONTRACT);
    String text = Api.object(api.get("api/documents/" + email + "/pages/1")).getString("text");
    int at = text.indexOf("I will stop funding OpenAI");

    HttpResponse<String> created =
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, at, 1, at + 26, "REFUTES", String.valueOf(contract), "threat"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject passage = Api.object(created);
    assertEquals("I will stop funding OpenAI", passage.getString("quote"));
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/api/annotations/" + passage.getJsonNumber("id")));
    long id = passage.getJsonNumber("id").longValue();
    assertTrue(
        Api.array(api.get("api/documents/" + email + "/annotations"))
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                a ->
                    a.getJsonNumber("id").longValue() == id
                        && a.getString("prefix").endsWith(text.substring(at - 10, at))));
    JsonObject highlight =
        Api.array(api.get("api/documents/" + email + "/pages/1/highlights"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> h.getJsonNumber("annotationId").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(at, highlight.getInt("from"));
    assertEquals(at + 26, highlight.getInt("to"));

    // The same checks as the page: offsets inside the text, at least one claim, claims of this
    // matter.
    assertRefused(
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, 0, 1, text.length() + 5, "SUPPORTS", String.valueOf(contract), null)),
        400,
        "outside page 1");
    assertRefused(
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, 0, 2, 5, "SUPPORTS", String.valueOf(contract), null)),
        400,
        "not within the document");
    assertRefused(
        api.post("api/documents/" + email + "/annotations", mark(1, 0, 1, 5, "SUPPORTS", "", null)),
        400,
        "at least one claim");
    Api admin = Api.admin(base);
    long foreign =
        Api.array(admin.get("api/matters/" + other.id() + "/claims"))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertRefused(
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, 0, 1, 5, "SUPPORTS", String.valueOf(foreign), null)),
        400,
        "not a claim of this matter");
    String wrongQuote =
        "{\"startPage\":1,\"startOffset\":"
            + at
            + ",\"endPage\":1,\"endOffset\":"
            + (at + 26)
            + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
            + contract
            + "],\"quote\":\"something else\"}";
    assertRefused(
        api.post("api/documents/" + email + "/annotations", wrongQuote), 400, "do not match");

    // Changing it: the version seen goes back; a stale one is refused with 409 and changes nothing.
    long version = passage.getJsonNumber("version").longValue();
    HttpResponse<String> changed =
        api.put(
            "api/annotations/" + id,
            "{\"version\":"
                + version
                + ",\"stance\":\"CONTEXT\",\"claimIds\":["
                + contract
                + "],\"note\":\"on reflection, context\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("CONTEXT", Api.object(changed).getString("stance"));
    assertRefused(
        api.put(
            "api/annotations/" + id,
            "{\"version\":"
                + version
                + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
                + contract
                + "]}"),
        409,
        "changed by " + mine.paralegalName());
    assertEquals(204, api.delete("api/annotations/" + id).statusCode());
    assertEquals(404, api.delete("api/annotations/" + id).statusCode());
  }

  private static void assertRefused(HttpResponse<String> response, int status, String words) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(Api.object(response).getString("error").contains(words), response.body());
  }
}
