package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionDeposition;
import org.pincite.web.testing.TestMatter;

/**
 * A deposition transcript through the API, from upload to designations: its numbered lines, a
 * passage across a page break cited by page and line in the API and in the three report formats,
 * and designations exported and imported as CSV.
 */
class TranscriptApiIT {
  private static final String EN_DASH = "\u2013";
  private static TestMatter matter;
  private static long transcript;

  @BeforeAll
  static void aMatterWithATranscript() {
    matter = TestMatter.small("transcripts");
    transcript = matter.upload(FictionDeposition.FILE_NAME, FictionDeposition.text(), null, null);
    matter.admin().awaitExtraction(matter.id());
  }

  @Test
  void anUploadedTranscriptIsTypedFromItsContentAndShowsItsNumberedLines() {
    Api api = matter.paralegal();
    JsonObject doc = Api.object(api.get("api/documents/" + transcript));
    assertEquals("TRANSCRIPT", doc.getJsonObject("document").getString("type"), doc.toString());
    JsonObject particulars = Api.object(api.get("api/documents/" + transcript + "/transcript"));
    assertEquals("Jane Q. Roe", particulars.getString("witness"));
    assertEquals("DEPOSITION", particulars.getString("kind"));
    assertEquals("2025-03-03", particulars.getString("takenOn"));
    assertEquals("Roe Dep.", particulars.getString("citeName"));
    JsonArray exhibits = particulars.getJsonArray("exhibits");
    assertEquals(1, exhibits.size(), exhibits.toString());
    assertEquals("4:3", exhibits.getJsonObject(0).getString("at"));

    JsonObject page3 = Api.object(api.get("api/documents/" + transcript + "/pages/3"));
    JsonArray lines = page3.getJsonArray("lines");
    assertEquals(25, lines.size());
    JsonObject line25 = lines.getJsonObject(24);
    assertEquals(25, line25.getInt("number"));
    assertEquals(3, line25.getInt("page"));
    assertEquals("A. The widget contract was signed on the", line25.getString("text"));
    assertEquals(
        line25.getString("text"),
        page3.getString("text").substring(line25.getInt("start"), line25.getInt("end")),
        "start and end are UTF-16 offsets into the page text");
    JsonObject note =
        Api.object(api.get("api/documents/" + matter.documentId("case-note.txt") + "/pages/1"));
    assertTrue(!note.containsKey("lines") || note.isNull("lines"), "a note has no numbered lines");
  }

  @Test
  void anAnswerAcrossAPageBreakCitesRoeDepThreeTwentyFiveToFourTwoEverywhere() throws Exception {
    Api api = matter.paralegal();
    String page3 =
        Api.object(api.get("api/documents/" + transcript + "/pages/3")).getString("text");
    String page4 =
        Api.object(api.get("api/documents/" + transcript + "/pages/4")).getString("text");
    int start = page3.indexOf(FictionDeposition.ANSWER_START); // mid-line: whole lines are cited
    int end = page4.indexOf(FictionDeposition.ANSWER_END) + 4;
    long claim = matter.claimIdOfFirst();
    HttpResponse<String> marked =
        api.post(
            "api/documents/" + transcript + "/annotations",
            "{\"startPage\":3,\"startOffset\":%d,\"endPage\":4,\"endOffset\":%d,\"stance\":\"SUPPORTS\",\"claimIds\":[%d]}"
                .formatted(start, end, claim));
    assertEquals(201, marked.statusCode(), marked.body());
    JsonObject passage = Api.object(marked);
    String cite = "Roe Dep. 3:25" + EN_DASH + "4:2";
    assertEquals(cite, passage.getString("cite"));
    assertEquals("3:25", passage.getString("startLine"));
    assertEquals("4:2", passage.getString("endLine"));
    JsonObject listed =
        Api.array(api.get("api/documents/" + transcript + "/annotations")).getJsonObject(0);
    assertEquals(cite, listed.getString("cite"));

    // The chronology dates the transcript as taken and cites the passage by page and line.
    JsonObject dated =
        Api.object(api.get("api/matters/" + matter.id() + "/chronology"))
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> e.getString("kind").equals("PASSAGE"))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-03-03", dated.getString("date"));
    assertEquals(cite, dated.getString("cite"));
    assertTrue(
        new String(
                api.getBytes("api/matters/" + matter.id() + "/chronology?format=csv").body(),
                StandardCharsets.UTF_8)
            .contains(cite),
        "the chronology's CSV");

    String report = "api/matters/" + matter.id() + "/claims/" + claim + "/report";
    HttpResponse<byte[]> csv = api.getBytes(report + "?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(cite), "CSV");
    HttpResponse<byte[]> docx = api.getBytes(report + "?format=docx");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(d)) {
      assertTrue(text.getText().contains(cite), "DOCX");
    }
    HttpResponse<byte[]> pdf = api.getBytes(report + "?format=pdf");
    try (PDDocument d = Loader.loadPDF(pdf.body())) {
      assertTrue(new PDFTextStripper().getText(d).contains(cite), "PDF");
    }
    // The claim chart names the testimony by its page:line cite, not by the transcript's title.
    String chart =
        new String(
            api.getBytes("api/matters/" + matter.id() + "/claim-chart?format=csv").body(),
            StandardCharsets.UTF_8);
    assertTrue(chart.contains(cite), chart);
  }

  @Test
  void aPdfTranscriptAndACondensedOneUploadWithTheirLinesAndCiteTheAnswerAlike() {
    long single = matter.upload("roe-deposition.pdf", FictionDeposition.pdf(1), null, null);
    long condensed =
        matter.upload("roe-deposition-condensed.pdf", FictionDeposition.pdf(4), null, null);
    matter.admin().awaitExtraction(matter.id());
    Api api = matter.paralegal();
    for (long id : new long[] {single, condensed}) {
      JsonObject doc = Api.object(api.get("api/documents/" + id)).getJsonObject("document");
      assertEquals("TRANSCRIPT", doc.getString("type"), "typed from its content: " + doc);
    }
    // One transcript page a sheet: page 3's 25 lines, found from where PDFBox draws the numbers.
    JsonObject page3 = Api.object(api.get("api/documents/" + single + "/pages/3"));
    JsonArray lines = page3.getJsonArray("lines");
    assertEquals(25, lines.size());
    assertEquals(
        "A. The widget contract was signed on the", lines.getJsonObject(24).getString("text"));
    String text4 = Api.object(api.get("api/documents/" + single + "/pages/4")).getString("text");
    assertEquals(
        "Roe Dep. 3:25" + EN_DASH + "4:2",
        cite(
            single,
            3,
            page3.getString("text").indexOf(FictionDeposition.ANSWER_START),
            4,
            text4.indexOf(FictionDeposition.ANSWER_END) + 4));
    // Condensed: the four transcript pages of sheet 1, each with its own printed page and lines.
    JsonObject sheet = Api.object(api.get("api/documents/" + condensed + "/pages/1"));
    List<JsonObject> printed = sheet.getJsonArray("lines").getValuesAs(JsonObject.class);
    assertEquals(100, printed.size(), "4 pages of 25 lines on one sheet");
    assertEquals(
        List.of(1, 2, 3, 4), printed.stream().map(l -> l.getInt("page")).distinct().toList());
    String text = sheet.getString("text");
    assertEquals(
        "Roe Dep. 3:25" + EN_DASH + "4:2",
        cite(
            condensed,
            1,
            text.indexOf(FictionDeposition.ANSWER_START),
            1,
            text.indexOf(FictionDeposition.ANSWER_END) + 4));
  }

  /** Marks the words from one place to another as supporting the first claim; their cite. */
  private static String cite(long document, int startPage, int start, int endPage, int end) {
    HttpResponse<String> marked =
        matter
            .paralegal()
            .post(
                "api/documents/" + document + "/annotations",
                "{\"startPage\":%d,\"startOffset\":%d,\"endPage\":%d,\"endOffset\":%d,\"stance\":\"SUPPORTS\",\"claimIds\":[%d]}"
                    .formatted(startPage, start, endPage, end, matter.claimIdOfFirst()));
    assertEquals(201, marked.statusCode(), marked.body());
    return Api.object(marked).getString("cite");
  }

  @Test
  void aDeclarationOnPleadingPaperUploadsWithItsTwentyEightLinesAndCitesAsJacksonDecl() {
    long declaration =
        matter.upload(
            "declaration-illustrative.pdf", DemoMatterContent.declarationPdf(), "FILING", "OTHER");
    matter.admin().awaitExtraction(matter.id());
    Api api = matter.paralegal();
    JsonObject page1 = Api.object(api.get("api/documents/" + declaration + "/pages/1"));
    JsonArray lines = page1.getJsonArray("lines");
    assertEquals(28, lines.size(), "28 numbers down the margin, read from the PDF");
    JsonObject line =
        lines.getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("text").contains("fictional paralegal"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(lines.toString()));
    String text = page1.getString("text");
    HttpResponse<String> marked =
        api.post(
            "api/documents/" + declaration + "/annotations",
            "{\"startPage\":1,\"startOffset\":%d,\"endPage\":1,\"endOffset\":%d,\"stance\":\"CONTEXT\",\"claimIds\":[%d]}"
                .formatted(
                    text.indexOf("fictional paralegal", line.getInt("start")),
                    line.getInt("end"),
                    matter.claimIdOfFirst()));
    assertEquals(201, marked.statusCode(), marked.body());
    String cite = Api.object(marked).getString("cite");
    assertEquals("Jackson Decl. \u00b6 1, 1:" + line.getInt("number"), cite);
  }

  @Test
  void aSearchHitOnATranscriptIsCitedByPageAndLineAndNamesTheLine() {
    JsonObject results =
        Api.object(matter.paralegal().get("api/matters/" + matter.id() + "/search?q=Esperanza"));
    JsonObject hit =
        results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getJsonNumber("documentId").longValue() == transcript)
            .findFirst()
            .orElseThrow(() -> new AssertionError(results.toString()));
    assertEquals(4, hit.getInt("page"));
    assertEquals("Roe Dep. 4:1", hit.getString("cite"), "the line the word is on");
    assertEquals("4:1", hit.getString("line"));
    JsonObject note =
        Api.object(matter.paralegal().get("api/matters/" + matter.id() + "/search?q=consumers"))
            .getJsonArray("hits")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> h.getJsonNumber("documentId").longValue() != transcript)
            .findFirst()
            .orElseThrow();
    assertTrue(
        note.getString("cite").endsWith(", at 1"), "a page cite off numbered lines: " + note);
    assertTrue(
        !note.containsKey("line") || note.isNull("line"), "no line off numbered lines: " + note);
  }

  @Test
  void designationsAreMadeObjectedToExportedAndImportedAgain() throws Exception {
    Api api = matter.paralegal();
    String party = matter.detail().getJsonArray("parties").getJsonObject(0).getString("name");
    HttpResponse<String> made =
        api.post(
            "api/documents/" + transcript + "/designations",
            ("{\"party\":\"%s\",\"kind\":\"Designation\",\"pageFrom\":3,\"lineFrom\":25,"
                    + "\"pageTo\":4,\"lineTo\":2,\"objection\":\"Hearsay, \\\"Evid. Code 1200\\\"\"}")
                .formatted(party));
    assertEquals(201, made.statusCode(), made.body());
    JsonObject designation = Api.object(made);
    assertEquals("3:25" + EN_DASH + "4:2", designation.getString("range"));
    long id = designation.getJsonNumber("id").longValue();
    HttpResponse<String> ruled =
        api.put(
            "api/designations/" + id,
            ("{\"party\":\"%s\",\"kind\":\"Designation\",\"pageFrom\":3,\"lineFrom\":25,"
                    + "\"pageTo\":4,\"lineTo\":2,\"objection\":\"Hearsay\",\"ruling\":\"Overruled\"}")
                .formatted(party));
    assertEquals(200, ruled.statusCode(), ruled.body());
    HttpResponse<String> backward =
        api.post(
            "api/documents/" + transcript + "/designations",
            "{\"party\":\"%s\",\"pageFrom\":4,\"lineFrom\":2,\"pageTo\":3,\"lineTo\":1}"
                .formatted(party));
    assertEquals(400, backward.statusCode());
    assertTrue(Api.object(backward).getString("error").contains("runs forward"), backward.body());

    HttpResponse<byte[]> csv =
        api.getBytes("api/documents/" + transcript + "/designations?format=csv");
    assertEquals(200, csv.statusCode());
    String exported = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(
        exported.startsWith(
            "\uFEFFTranscript,Page From,Line From,Page To,Line To,Designation,Party,Objection,Ruling\r\n"),
        exported);
    String quoted = party.contains(",") ? "\"" + party + "\"" : party;
    assertTrue(
        exported.contains("Roe Dep.,3,25,4,2,Designation," + quoted + ",Hearsay,Overruled"),
        exported);
    HttpResponse<byte[]> docx =
        api.getBytes("api/documents/" + transcript + "/designations?format=docx");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(d)) {
      assertTrue(text.getText().contains("Roe Dep. 3:25" + EN_DASH + "4:2"), text.getText());
    }

    assertEquals(204, api.delete("api/designations/" + id).statusCode());
    HttpResponse<String> imported =
        api.postBody(
            "api/documents/" + transcript + "/designations/import", "text/csv", csv.body());
    assertEquals(200, imported.statusCode(), imported.body());
    JsonObject again = Api.array(imported).getJsonObject(0);
    assertEquals("Overruled", again.getString("ruling"));
    assertEquals(25, again.getInt("lineFrom"));
    HttpResponse<String> passage =
        api.post(
            "api/designations/" + again.getJsonNumber("id") + "/passage",
            "{\"stance\":\"SUPPORTS\",\"claimIds\":[%d]}".formatted(matter.claimIdOfFirst()));
    assertEquals(201, passage.statusCode(), passage.body());
    assertEquals(
        "Roe Dep. 3:25" + EN_DASH + "4:2",
        Api.object(passage).getString("cite"),
        "a designation marked as a passage for a claim");

    String bad =
        "Transcript,Page From,Line From,Page To,Line To,Designation,Party\r\nRoe Dep.,3,x,4,2,Designation,"
            + party
            + "\r\n";
    HttpResponse<String> refused =
        api.postBody(
            "api/documents/" + transcript + "/designations/import",
            "text/csv",
            bad.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Api.object(refused).getString("error").contains("Row 2"), refused.body());
    assertEquals(
        1,
        Api.array(api.get("api/documents/" + transcript + "/designations")).size(),
        "nothing of a bad file is taken");
  }
}
