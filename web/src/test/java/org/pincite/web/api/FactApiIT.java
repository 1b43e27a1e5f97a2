package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * Facts over HTTP on a small matter: a fact from a passage, a fact written out with its date,
 * claims and sources, a stale edit refused with 409, the statements downloaded and read back, the
 * unproven list and a fact removed; a viewer may read but not change, another matter's member finds
 * nothing. (The layout of the papers is tested in the service module's {@code StatementsIT}.)
 */
class FactApiIT {
  private static final String QUOTE = "OpenAI, Inc. sued Open Artificial Intelligence, Inc.";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static TestMatter matter;

  @BeforeAll
  static void aSmallMatter() {
    matter = TestMatter.small("facts");
  }

  @Test
  void factsAreMadeChangedExportedAndRemovedAndStaleEditsAreRefused() throws Exception {
    Api api = matter.paralegal();
    long note = matter.documentOfType("OTHER");
    long count = matter.claimIdOfFirst();
    long element = matter.claimId("Plaintiff owns a protectable mark");
    long plaintiff = matter.partyId("OpenAI, Inc.");
    long passage = matter.markOnFirstPage(note, QUOTE, "SUPPORTS", element);

    HttpResponse<String> fromPassage = api.post("api/annotations/" + passage + "/fact", "");
    assertEquals(201, fromPassage.statusCode(), fromPassage.body());
    JsonObject first = Api.object(fromPassage);
    assertEquals(QUOTE, first.getString("text"));
    assertEquals("UNSURE", first.getString("status"));
    String cite = first.getJsonArray("sources").getJsonObject(0).getString("cite");
    assertTrue(cite.endsWith("at 1"), cite);

    HttpResponse<String> written =
        api.post(
            "api/matters/" + matter.id() + "/facts",
            Json.createObjectBuilder()
                .add("text", "The suit was filed in 2023.")
                .add("date", Json.createObjectBuilder().add("month", "2023-11"))
                .add(
                    "claims",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("claimId", count)
                                .add("stance", "SUPPORTS")))
                .add("status", "UNDISPUTED")
                .add("material", true)
                .add(
                    "sources",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("annotationId", passage)
                                .add("role", "SUPPORTS")))
                .build()
                .toString());
    assertEquals(201, written.statusCode(), written.body());
    JsonObject second = Api.object(written);
    assertEquals(first.getInt("number") + 1, second.getInt("number"));
    assertEquals("Nov 2023", second.getString("dateText"));
    assertEquals(cite, second.getJsonArray("sources").getJsonObject(0).getString("cite"));
    HttpResponse<String> noSource =
        api.post("api/matters/" + matter.id() + "/facts", "{\"text\":\"Nothing rests on this.\"}");
    assertEquals(400, noSource.statusCode(), noSource.body());
    assertTrue(noSource.body().contains("\"error\""), noSource.body());

    // Mark the first fact undisputed; a second edit on the version it was loaded at is refused.
    long id = first.getJsonNumber("id").longValue();
    String undisputed =
        Json.createObjectBuilder(first)
            .add("status", "UNDISPUTED")
            .add("version", first.getJsonNumber("version"))
            .add(
                "claims",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("claimId", element)
                            .add("stance", "SUPPORTS")))
            .add(
                "sources",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("annotationId", passage)
                            .add("role", "SUPPORTS")))
            .build()
            .toString();
    HttpResponse<String> changed = api.put("api/facts/" + id, undisputed);
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("UNDISPUTED", Api.object(changed).getString("status"));
    HttpResponse<String> stale = api.put("api/facts/" + id, undisputed);
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("was changed by"), stale.body());
    assertEquals(2, Api.array(api.get("api/annotations/" + passage + "/facts")).size());
    assertTrue(Api.array(api.get("api/facts/" + id + "/history")).size() >= 2);
    assertEquals(
        400, api.delete("api/annotations/" + passage).statusCode(), "a passage facts cite stays");

    String query = "?movingParty=" + plaintiff + "&claims=" + count + "&side=opposing";
    HttpResponse<byte[]> docx =
        api.getBytes("api/matters/" + matter.id() + "/separate-statement" + query + "&format=docx");
    assertEquals(200, docx.statusCode());
    assertEquals(DOCX, docx.headers().firstValue("Content-Type").orElse(""));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      XWPFTable facts = doc.getTables().get(1);
      // Both facts bear on the count's tree (one on the count, one on an element), numbered 1
      // and 2 in date order, both answered "Undisputed.".
      assertEquals(3, facts.getRows().size());
      List<String> rows =
          List.of(
              facts.getRow(1).getCell(0).getParagraphs().get(0).getText(),
              facts.getRow(2).getCell(0).getParagraphs().get(0).getText());
      assertTrue(rows.get(0).startsWith("1. ") && rows.get(1).startsWith("2. "), rows.toString());
      assertTrue(rows.contains("1. " + QUOTE) || rows.contains("2. " + QUOTE), rows.toString());
      assertTrue(rows.stream().anyMatch(r -> r.endsWith(". The suit was filed in 2023.")));
      assertEquals("Undisputed.", facts.getRow(1).getCell(1).getText());
      assertEquals("Undisputed.", facts.getRow(2).getCell(1).getText());
    }
    HttpResponse<byte[]> pdf =
        api.getBytes("api/matters/" + matter.id() + "/statement-of-facts" + query + "&format=pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String read = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(read.contains(". The suit was filed in 2023."), read);
      assertTrue(read.contains("Response: Undisputed."), read);
    }
    assertEquals(
        400,
        api.getBytes("api/matters/" + matter.id() + "/separate-statement?format=docx")
            .statusCode());

    List<JsonObject> unproven =
        Api.array(api.get("api/matters/" + matter.id() + "/unproven?party=" + plaintiff))
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("Defendants' use is likely to cause confusion"),
        unproven.stream().map(u -> u.getString("claim")).toList());
    assertEquals(200, api.get("api/matters/" + matter.id() + "/conflicts").statusCode());

    Api viewer = matter.viewer();
    assertEquals(200, viewer.get("api/facts/" + id).statusCode());
    assertEquals(403, viewer.delete("api/facts/" + id).statusCode());
    TestMatter other = TestMatter.small("facts-other");
    assertEquals(404, other.paralegal().get("api/facts/" + id).statusCode());

    assertEquals(204, api.delete("api/facts/" + second.getJsonNumber("id")).statusCode());
    assertEquals(1, Api.array(api.get("api/matters/" + matter.id() + "/facts")).size());
  }
}
