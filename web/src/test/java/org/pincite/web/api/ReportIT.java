package org.pincite.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * Per-claim evidence reports and the claim chart over HTTP: passages marked through the API come
 * back in the PDF, DOCX and CSV with their pin cites; a member of another matter gets 404. (The
 * claim chart page in Chromium: {@code browser.ClaimChartPageIT}.)
 */
class ReportIT {
  private static final String COMPLAINT_QUOTE =
      "7. In 2015 Plaintiff, Mr. Altman and Mr. Brockman agreed to create a research laboratory";
  private static final String KOREAN_QUOTE = "머스크는 영리 법인이 필요하다는 데 동의했다";
  private static final String PDF = "application/pdf";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  final URL base = TestServer.url();
  private static TestMatter matter;
  private static TestMatter other;
  private Api admin;
  private long musk;
  private long count;
  private long element;

  @BeforeAll
  static void twoMatters() {
    matter = TestMatter.likeTheDemo("reports");
    other = TestMatter.small("reports-other");
  }

  /**
   * Marks the passages once: a complaint paragraph on an element, a Korean note against the count.
   */
  @BeforeEach
  void markPassages() {
    admin = Api.admin(base);
    musk = matter.id();
    admin.awaitExtraction(musk);
    JsonObject detail = Api.object(admin.get("api/matters/" + musk));
    JsonObject top =
        detail.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("label").startsWith("Breach of contract"))
            .findFirst()
            .orElseThrow();
    count = top.getJsonNumber("id").longValue();
    element =
        top.getJsonArray("children").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("label").equals("A contract existed"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    if (admin
        .get("api/matters/" + musk + "/claims/" + element + "/report?format=csv")
        .body()
        .contains("Compl. \u00b6 7")) {
      return;
    }
    long complaint =
        detail.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("type").equals("COMPLAINT"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    mark(complaint, COMPLAINT_QUOTE, "SUPPORTS", element, "The agreement itself.");

    HttpResponse<String> uploaded =
        admin.upload(
            musk, "memo-ko.txt", ("메모\n" + KOREAN_QUOTE + ".\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    long memo = Api.object(uploaded).getJsonObject("document").getJsonNumber("id").longValue();
    admin.awaitExtraction(musk);
    mark(memo, KOREAN_QUOTE, "REFUTES", count, "한국어 메모");
  }

  private void mark(long documentId, String quote, String stance, long claimId, String note) {
    int pageCount =
        Api.object(admin.get("api/documents/" + documentId))
            .getJsonObject("document")
            .getInt("pageCount");
    int number = 0;
    int at = -1;
    while (at < 0 && number < pageCount) {
      number++;
      at =
          Api.object(admin.get("api/documents/" + documentId + "/pages/" + number))
              .getString("text")
              .indexOf(quote);
    }
    assertTrue(at >= 0, "'" + quote + "' in document " + documentId);
    String body =
        Json.createObjectBuilder()
            .add("startPage", number)
            .add("startOffset", at)
            .add("endPage", number)
            .add("endOffset", at + quote.length())
            .add("stance", stance)
            .add("claimIds", Json.createArrayBuilder().add(claimId))
            .add("note", note)
            .add("quote", quote)
            .build()
            .toString();
    HttpResponse<String> marked = admin.post("api/documents/" + documentId + "/annotations", body);
    assertEquals(201, marked.statusCode(), marked.body());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theReportOnACountComesAsPdfDocxAndCsvWithEveryPassageAndItsPinCite() throws IOException {
    String path = "api/matters/" + musk + "/claims/" + count + "/report";
    HttpResponse<byte[]> pdf = admin.getBytes(path);
    assertEquals(200, pdf.statusCode());
    assertEquals(PDF, header(pdf, "Content-Type"));
    String disposition = header(pdf, "Content-Disposition");
    assertTrue(
        disposition.startsWith(
            "attachment; filename=\""
                + matter.docket()
                + "_Breach_of_contract_the_Founding_Agreement_evidence_report.pdf\""),
        disposition);
    assertTrue(
        disposition.contains(
            "filename*=UTF-8''"
                + matter.docket()
                + "%20Breach%20of%20contract%20%28the%20Founding%20Agreement%29%20evidence%20report.pdf"),
        disposition);
    String text = pdfText(pdf.body());
    int header = text.indexOf("Count: Breach of contract (the Founding Agreement)");
    int section = text.indexOf("Element: A contract existed", text.indexOf("Contents") + 200);
    int quote = text.indexOf(COMPLAINT_QUOTE, section);
    int cite = text.indexOf("Compl. \u00b6 7", quote);
    assertTrue(header >= 0 && section > header && quote > section && cite > quote, text);
    int refuting = text.indexOf("Refuting (");
    int korean = text.indexOf(KOREAN_QUOTE);
    assertTrue(
        refuting >= 0 && korean > refuting && korean < section,
        "the Korean passage under the count's Refuting: " + text);
    assertTrue(text.contains("memo-ko.txt, at 1"), text);
    assertTrue(text.contains("Prepared ") && text.contains(" by admin"), "who made it");
    assertTrue(text.contains("Index of cited documents"));
    assertTrue(text.contains("The agreement itself."), "the internal memo keeps the notes");
    String filed = pdfText(admin.getBytes(path + "?notes=false").body());
    assertTrue(
        !filed.contains("The agreement itself.") && filed.contains("Compl. \u00b6 7"),
        "the version to file leaves the reviewers' notes out: " + filed);

    HttpResponse<byte[]> docx = admin.getBytes(path + "?format=docx");
    assertEquals(DOCX, header(docx, "Content-Type"));
    assertTrue(header(docx, "Content-Disposition").contains("evidence_report.docx\""));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String words = extractor.getText();
      assertTrue(
          words.contains(COMPLAINT_QUOTE)
              && words.contains("Compl. \u00b6 7")
              && words.contains(KOREAN_QUOTE),
          words);
      assertTrue(
          doc.getParagraphs().stream()
              .anyMatch(
                  p ->
                      "Heading2".equals(p.getStyle())
                          && p.getText().equals("Element: A contract existed")));
    }

    HttpResponse<byte[]> csv = admin.getBytes(path + "?format=csv");
    assertTrue(
        header(csv, "Content-Type")
            .toLowerCase()
            .replace(" ", "")
            .startsWith("text/csv;charset=utf-8"),
        header(csv, "Content-Type"));
    assertTrue(header(csv, "Content-Disposition").contains("evidence_report.csv\""));
    byte[] bytes = csv.body();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    List<String> rows =
        List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    assertEquals("\u00b6,Fact,Citation,Stance,Claim", rows.get(0));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.matches(
                        "\\d+,"
                            + java.util.regex.Pattern.quote(
                                "\""
                                    + COMPLAINT_QUOTE
                                    + "\",\"Compl. \u00b6 7, 3:3\",Supports,Element: A contract existed"))),
        rows.toString());
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.matches(
                        "\\d+,"
                            + java.util.regex.Pattern.quote(
                                KOREAN_QUOTE
                                    + ",\"memo-ko.txt, at 1\",Refutes,Count: Breach of contract (the Founding Agreement)"))),
        rows.toString());
  }

  @Test
  void theClaimChartComesInTheThreeFormatsAndUnknownFormatsAreRefused() throws IOException {
    String path = "api/matters/" + musk + "/claim-chart";
    HttpResponse<byte[]> pdf = admin.getBytes(path);
    assertEquals(PDF, header(pdf, "Content-Type"));
    assertTrue(
        header(pdf, "Content-Disposition")
            .startsWith("attachment; filename=\"" + matter.docket() + "_claim_chart.pdf\""),
        header(pdf, "Content-Disposition"));
    String text = pdfText(pdf.body());
    assertTrue(
        text.contains("Element: A contract existed")
            && text.contains("Defence: Musk knew of and pushed for a for-profit structure"),
        text);
    assertTrue(text.contains("Gap: nothing supports it"), "gaps are marked");

    HttpResponse<byte[]> docx = admin.getBytes(path + "?format=DOCX");
    assertEquals(DOCX, header(docx, "Content-Type"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      assertTrue(doc.getTables().get(0).getRows().size() > 20, "a row per claim and element");
    }
    HttpResponse<String> csv = admin.get(path + "?format=csv");
    assertTrue(
        csv.body().lines().anyMatch(l -> l.startsWith("A contract existed,Element,1,Elon Musk,")),
        csv.body());

    HttpResponse<String> refused = admin.get(path + "?format=xls");
    assertEquals(400, refused.statusCode());
    assertTrue(
        refused.body().contains("Reports come as pdf, docx, csv; there is no format 'xls'"),
        refused.body());
    assertEquals(
        400,
        admin.get("api/matters/" + musk + "/claims/" + count + "/report?format=odt").statusCode());
  }

  @Test
  void aMemberOfAnotherMatterGetsNotFound() {
    long second = other.id();
    long secondClaim =
        Api.object(admin.get("api/matters/" + second))
            .getJsonArray("claims")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api paralegal = matter.paralegal();
    assertEquals(
        200,
        paralegal
            .getBytes("api/matters/" + musk + "/claims/" + element + "/report?format=csv")
            .statusCode(),
        "their own matter");
    Map<String, HttpResponse<byte[]>> attempts =
        Map.of(
            "report of the other matter",
                paralegal.getBytes("api/matters/" + second + "/claims/" + secondClaim + "/report"),
            "claim chart of the other matter",
                paralegal.getBytes("api/matters/" + second + "/claim-chart"),
            "the other matter's claim under their own",
                paralegal.getBytes("api/matters/" + musk + "/claims/" + secondClaim + "/report"));
    attempts.forEach(
        (what, response) -> {
          assertEquals(404, response.statusCode(), what);
          assertTrue(
              !new String(response.body(), StandardCharsets.UTF_8).contains("Trademark"),
              what + " leaked the claim");
        });
    assertEquals(
        404,
        admin.getBytes("api/matters/" + musk + "/claims/" + secondClaim + "/report").statusCode(),
        "a claim of another matter, even for an administrator");
    assertEquals(
        401, Api.anonymous(base).getBytes("api/matters/" + musk + "/claim-chart").statusCode());
  }
}
