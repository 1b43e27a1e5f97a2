package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.Corpus;
import org.pincite.web.testing.TestMatter;

/**
 * A court opinion of the shared corpus named as lawyers name it, over HTTP: its first guessed title
 * and printed page numbers, {@code PATCH /api/documents/{id}} (audited, 409 on a stale version),
 * and the new short name with the clean quote in every report format, while the stored text and the
 * passage's offsets stay as they were.
 */
class DocumentDetailsIT {
  private static final String OPINION = "pdf/court_cl_9thCircuit-07-55393.pdf";
  private static final String CLEAN =
      "it must be a conscious or deliberate choice among various alternatives.";
  private static final String CITE = "Mortimer, 596 F.3d 1234, 2087\u201388";

  private static byte[] corpus(String file) throws IOException {
    return Files.readAllBytes(Corpus.file(file));
  }

  @Test
  void anOpinionRenamedThroughTheApiIsCitedByItsNewNameAndPrintedPagesInEveryReport()
      throws IOException {
    TestMatter matter = TestMatter.small("details");
    Api paralegal = matter.paralegal();
    long id = matter.upload("court_cl_9thCircuit-07-55393.pdf", corpus(OPINION), "EVIDENCE", null);
    paralegal.awaitExtraction(matter.id(), 120);
    JsonObject doc = Api.object(paralegal.get("api/documents/" + id)).getJsonObject("document");
    assertEquals("Mortimer v. Baca", doc.getString("title"), "the running header's case name");
    assertEquals("2087", doc.getJsonArray("pageLabels").getString(2), doc.toString());

    String page3 = Api.object(paralegal.get("api/documents/" + id + "/pages/3")).getString("text");
    String page4 = Api.object(paralegal.get("api/documents/" + id + "/pages/4")).getString("text");
    int start = page3.indexOf("it must be a con-");
    int end = page4.indexOf("tives.") + "tives.".length();
    long claim =
        Api.object(paralegal.get("api/matters/" + matter.id()))
            .getJsonArray("claims")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String stored = page3.substring(start) + page4.substring(0, end);
    HttpResponse<String> marked =
        paralegal.post(
            "api/documents/" + id + "/annotations",
            Json.createObjectBuilder()
                .add("startPage", 3)
                .add("startOffset", start)
                .add("endPage", 4)
                .add("endOffset", end)
                .add("stance", "SUPPORTS")
                .add("claimIds", Json.createArrayBuilder().add(claim))
                .add("quote", stored)
                .build()
                .toString());
    assertEquals(201, marked.statusCode(), marked.body());
    JsonObject passage = Api.object(marked);
    assertEquals(CLEAN, passage.getString("citedQuote"));
    assertTrue(passage.getString("quote").contains("2088 MORTIMER v. BACA"), "stored as read");
    assertEquals("Mortimer v. Baca, at 2087\u201388", passage.getString("cite"));

    String patch =
        "{\"version\":%d,\"type\":\"CASE\",\"shortCite\":\"Mortimer\",\"reporterCite\":\"596 F.3d 1234\",\"documentDate\":\"2010-02-05\"}";
    long version = doc.getJsonNumber("version").longValue();
    HttpResponse<String> renamed =
        paralegal.patch("api/documents/" + id, String.format(patch, version));
    assertEquals(200, renamed.statusCode(), renamed.body());
    JsonObject after = Api.object(renamed);
    assertEquals("Mortimer", after.getString("shortCite"));
    assertEquals("Mortimer v. Baca", after.getString("title"), "a field left out keeps its value");
    assertEquals("2010-02-05", after.getString("documentDate"));

    HttpResponse<String> stale =
        paralegal.patch("api/documents/" + id, String.format(patch, version));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(Api.object(stale).getString("error").contains("changed after you opened it"));
    HttpResponse<String> badDay =
        paralegal.patch(
            "api/documents/" + id,
            "{\"version\":" + after.getJsonNumber("version") + ",\"documentDate\":\"5 Feb\"}");
    assertEquals(400, badDay.statusCode(), badDay.body());
    assertTrue(Api.object(badDay).getString("error").contains("2010-02-24"), badDay.body());
    HttpResponse<String> viewer =
        matter.viewer().patch("api/documents/" + id, String.format(patch, version + 1));
    assertEquals(403, viewer.statusCode(), viewer.body());

    String history = paralegal.get("api/documents/" + id + "/history").body();
    assertTrue(
        history.contains("\"field\":\"short cite\"") && history.contains("\"after\":\"Mortimer\""),
        history);
    assertTrue(history.contains("\"by\":\"" + matter.paralegalName() + "\""), history);

    String report = "api/matters/" + matter.id() + "/claims/" + claim + "/report";
    try (PDDocument pdf = Loader.loadPDF(paralegal.getBytes(report).body())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains(CITE) && text.contains(CLEAN), text);
      assertTrue(!text.contains("2088 MORTIMER"), text);
    }
    try (XWPFDocument docx =
        new XWPFDocument(
            new ByteArrayInputStream(paralegal.getBytes(report + "?format=docx").body()))) {
      var cells =
          docx.getTables().stream()
              .flatMap(t -> t.getRows().stream())
              .flatMap(r -> r.getTableCells().stream())
              .toList();
      assertTrue(cells.stream().anyMatch(c -> c.getText().equals(CITE)), "the cite in its cell");
      assertTrue(
          cells.stream().anyMatch(c -> c.getParagraphs().size() == 1 && c.getText().equals(CLEAN)),
          "the quote as one paragraph without hard breaks");
    }
    String csv =
        new String(paralegal.getBytes(report + "?format=csv").body(), StandardCharsets.UTF_8);
    assertTrue(csv.contains(CLEAN) && csv.contains("\"" + CITE + "\""), csv);

    JsonObject again =
        Api.array(paralegal.get("api/documents/" + id + "/annotations")).getJsonObject(0);
    assertEquals(CITE, again.getString("cite"));
    assertEquals(passage.getString("quote"), again.getString("quote"));
    assertEquals(start, again.getInt("startOffset"));
    assertEquals(end, again.getInt("endOffset"));
    assertEquals(
        page3, Api.object(paralegal.get("api/documents/" + id + "/pages/3")).getString("text"));
  }
}
