package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.DocumentPage;
import org.pincite.web.browser.pages.MarkDialog;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.FictionDeposition;
import org.pincite.web.testing.TestMatter;

/**
 * A reviewer marks testimony in a transcript: the viewer shows the printed line numbers, the
 * selection of an answer across a page break says the lines it cites before it is saved, and the
 * saved passage is cited by page and line in the side panel and in the report exported from the
 * claims page (PDF, downloaded by the browser) and over the API (CSV).
 */
@Tag("browser")
class TranscriptViewerIT {
  private static final String CITE = "Roe Dep. 3:25\u20134:2";
  private static TestMatter matter;
  private static long transcript;

  @BeforeAll
  static void aMatterWithATranscript() {
    matter = TestMatter.small("transcript-viewer");
    transcript = matter.upload(FictionDeposition.FILE_NAME, FictionDeposition.text(), null, null);
    matter.admin().awaitExtraction(matter.id());
  }

  @Test
  void anAnswerAcrossAPageBreakIsCitedByPageAndLineBeforeAndAfterItIsSaved() throws Exception {
    JsonObject claim =
        Api.array(matter.admin().get("api/matters/" + matter.id() + "/claims")).getJsonObject(0);
    String party = matter.detail().getJsonArray("parties").getJsonObject(0).getString("name");
    HttpResponse<String> designated =
        matter
            .paralegal()
            .post(
                "api/documents/" + transcript + "/designations",
                ("{\"party\":\"%s\",\"pageFrom\":3,\"lineFrom\":20,\"pageTo\":3,"
                        + "\"lineTo\":24,\"objection\":\"Leading\"}")
                    .formatted(party));
    assertEquals(201, designated.statusCode(), designated.body());
    try (Chromium c = Chromium.paralegalOf(matter)) {
      DocumentPage viewer = c.document().open(transcript).awaitPage(3).scrollToPage(4).awaitPage(4);
      String bracket = viewer.designationBracket(3);
      assertTrue(
          bracket.contains("designation by " + party) && bracket.contains("Leading"), bracket);
      assertEquals("3:1", viewer.gutterLabel(3, "3:1"), "a page's first line shows its page");
      assertEquals("25", viewer.gutterLabel(3, "3:25"));
      viewer.select(3, FictionDeposition.ANSWER_START, 4, FictionDeposition.ANSWER_END);
      assertEquals("Lines 3:25\u20134:2", viewer.markButtonLines());
      MarkDialog dialog = viewer.press("s");
      assertEquals("Lines 3:25\u20134:2", dialog.lines(), "the dialog says the lines too");
      dialog.tick(claim.getString("label")).save();
      JsonObject saved =
          Api.array(matter.paralegal().get("api/documents/" + transcript + "/annotations"))
              .getJsonObject(0);
      assertEquals(CITE, saved.getString("cite"));
      long id = saved.getJsonNumber("id").longValue();
      assertEquals(CITE, viewer.passageLink(id));

      // The claim's report, exported from the claims page as a reader does, cites the lines.
      c.allowDownloads();
      c.claims().open(matter.id()).exportReport(claim.getString("label"), "pdf");
      try (PDDocument pdf = Loader.loadPDF(c.awaitDownload("pdf"))) {
        String text = new PDFTextStripper().getText(pdf);
        assertTrue(text.contains(CITE), "the exported PDF report cites " + CITE + ":\n" + text);
      }
    }
    HttpResponse<byte[]> report =
        matter
            .paralegal()
            .getBytes(
                "api/matters/"
                    + matter.id()
                    + "/claims/"
                    + claim.getJsonNumber("id")
                    + "/report?format=csv");
    assertTrue(
        new String(report.body(), StandardCharsets.UTF_8).contains(CITE), "the report cites it");
  }
}
