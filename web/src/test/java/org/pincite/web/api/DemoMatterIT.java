package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestServer;

/**
 * The demo matter as a fresh installation loads it: the one test that reads the demo itself (every
 * other test makes a matter of its own and leaves the demo as it is).
 */
class DemoMatterIT {
  static final String DOCKET = DemoMatterContent.DOCKET_NUMBER;

  final URL base = TestServer.url();

  @Test
  void theDemoMatterComesWithTheClaimsOfBothSidesAndItsDocuments() {
    Api admin = Api.admin(base);
    admin.awaitExtraction(admin.matterId(DOCKET));
    JsonObject matter = Api.object(admin.get("api/matters/" + admin.matterId(DOCKET)));
    assertEquals("Musk v. Altman et al.", matter.getString("caption"));
    assertTrue(matter.getString("court").contains("San Francisco"));
    JsonArray claims = matter.getJsonArray("claims");
    List<JsonObject> top = claims.getValuesAs(JsonObject.class);
    assertTrue(
        top.stream()
            .anyMatch(
                c ->
                    c.getString("label").toLowerCase().contains("breach of contract")
                        && c.getString("assertedBy").equals("Elon Musk")));
    assertTrue(
        top.stream().anyMatch(c -> c.getString("assertedBy").equals("OpenAI, Inc.")),
        "the defence's positions are claims too");
    assertTrue(
        top.stream().allMatch(c -> !c.getJsonArray("children").isEmpty()), "claims come as a tree");
    List<JsonObject> documents = matter.getJsonArray("documents").getValuesAs(JsonObject.class);
    for (JsonObject document : documents) {
      for (String field : List.of("id", "title", "kind", "type", "status", "pageCount", "sha256")) {
        assertTrue(document.containsKey(field), field + " in " + document);
      }
    }
    JsonObject complaint =
        documents.stream()
            .filter(d -> d.getString("type").equals("COMPLAINT"))
            .findFirst()
            .orElseThrow();
    assertEquals("EXTRACTED", complaint.getString("status"));
    assertTrue(complaint.getInt("pageCount") >= 2);
    assertEquals(
        "2024-02-29", complaint.getString("documentDate"), "dated from the PDF's own metadata");
    assertEquals(64, complaint.getString("sha256").length());
    HttpResponse<byte[]> image =
        admin.getBytes("api/documents/" + complaint.getJsonNumber("id") + "/pages/1/image?dpi=72");
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals((byte) 0x89, image.body()[0]);
    assertEquals('P', image.body()[1]);
    assertEquals(
        404,
        admin
            .getBytes("api/documents/" + complaint.getJsonNumber("id") + "/pages/99/image")
            .statusCode());
    List<JsonObject> emails =
        documents.stream().filter(d -> d.getString("type").equals("EMAIL")).toList();
    assertTrue(emails.size() >= 3);
    assertTrue(
        emails.stream()
            .allMatch(
                e ->
                    e.getString("status").equals("EXTRACTED")
                        && !e.isNull("author")
                        && !e.isNull("documentDate")),
        emails.toString());
  }

  @Test
  void theDemoShowsTestimonyCitedByPageAndLine() {
    Api admin = Api.admin(base);
    long musk = admin.matterId(DOCKET);
    admin.awaitExtraction(musk);
    List<JsonObject> documents =
        Api.object(admin.get("api/matters/" + musk))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class);
    JsonObject deposition =
        documents.stream()
            .filter(d -> d.getString("type").equals("TRANSCRIPT"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo deposition: " + documents));
    long depositionId = deposition.getJsonNumber("id").longValue();
    JsonObject particulars = Api.object(admin.get("api/documents/" + depositionId + "/transcript"));
    assertEquals("Quinn Dep.", particulars.getString("citeName"));
    assertEquals("Avery Quinn", particulars.getString("witness"));
    JsonArray testimony =
        Api.object(admin.get("api/documents/" + depositionId + "/pages/3")).getJsonArray("lines");
    assertEquals(25, testimony.size(), "a transcript page of 25 numbered lines");
    assertTrue(
        testimony.getJsonObject(24).getString("text").contains("I read each hash"),
        "the answer that runs over the page break starts at 3:25");
    for (String type : List.of("COMPLAINT", "OTHER")) {
      int page = type.equals("COMPLAINT") ? 2 : 1;
      JsonObject paper =
          documents.stream()
              .filter(
                  d ->
                      d.getString("type").equals(type)
                          && d.getString("title")
                              .toLowerCase()
                              .matches(".*(complaint|declaration).*"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(type + " on pleading paper: " + documents));
      JsonArray lines =
          Api.object(admin.get("api/documents/" + paper.getJsonNumber("id") + "/pages/" + page))
              .getJsonArray("lines");
      assertEquals(28, lines.size(), paper.getString("title") + " is on 28-line pleading paper");
    }
  }
}
