package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.DocumentPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * The viewer in headless Chromium: every demo document opens with its exact text (and emails with
 * their header block), and a long document loads its pages as the reader scrolls.
 */
@Tag("browser")
class DocumentViewerIT {

  private static TestMatter matter;

  @BeforeAll
  static void aMatterLikeTheDemo() {
    matter = TestMatter.likeTheDemo("viewer");
  }

  private static String pageText(long documentId, int page) {
    return Api.object(matter.paralegal().get("api/documents/" + documentId + "/pages/" + page))
        .getString("text");
  }

  /** The demo matter itself, read only: every document of a fresh installation opens. */
  @Test
  void everyDemoDocumentOpensInTheViewerWithItsTextAndEmailsWithTheirHeaderBlock() {
    Api admin = Api.admin(TestServer.url());
    long demo = admin.matterId(DemoMatterContent.DOCKET_NUMBER);
    admin.awaitExtraction(demo);
    List<JsonObject> documents =
        Api.object(admin.get("api/matters/" + demo))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("status").equals("EXTRACTED") && d.getInt("pageCount") > 0)
            .toList();
    assertTrue(documents.size() >= 5, documents.toString());
    try (Chromium c = new Chromium()) {
      c.signInAt("matters.xhtml", Api.ADMIN, Api.ADMIN_PASSWORD);
      for (JsonObject d : documents) {
        long id = d.getJsonNumber("id").longValue();
        DocumentPage viewer = c.document().open(id);
        String expected =
            Api.object(admin.get("api/documents/" + id + "/pages/1")).getString("text");
        assertEquals(
            expected,
            viewer.pageText(1),
            "page 1 of " + d.getString("title") + " shows exactly the stored text");
        assertEquals(d.getString("title"), viewer.title());
        assertEquals(
            d.getString("type").equals("EMAIL"), viewer.hasEmailHeaders(), d.getString("title"));
        if (d.getString("mediaType").equals("application/pdf")) {
          viewer.awaitFirstImage();
        }
      }
    }
  }

  @Test
  void aLongDocumentShowsItsFirstPagesAtOnceAndTheRestAsTheReaderScrolls() throws Exception {
    long id = matter.upload("transcript-300.pdf", Pdfs.numberedPages(300), "EVIDENCE", "OTHER");
    matter.admin().awaitExtraction(matter.id(), 120);
    try (Chromium c = Chromium.paralegalOf(matter)) {
      DocumentPage viewer = c.document().open(id);
      long shown = viewer.loadedPageCount();
      assertTrue(shown < 20, shown + " of 300 pages fetched at first");
      assertEquals(300L, viewer.pageSectionCount());
      viewer.scrollToPage(300);
      assertTrue(viewer.loadedText(300).contains("page 300 of 300"));
      assertTrue(viewer.loadedPageCount() < 60, "pages in between are skipped");
    }
  }

  @Test
  void aParalegalNamesAnOpinionAndSeesItsPrintedPagesAndTheLinesQuotesLeaveOut() throws Exception {
    java.nio.file.Path opinion =
        org.pincite.web.testing.Corpus.file("pdf/court_cl_9thCircuit-07-55393.pdf");
    long id =
        matter.upload(
            "court_cl_9thCircuit-07-55393.pdf",
            java.nio.file.Files.readAllBytes(opinion),
            "EVIDENCE",
            null);
    matter.admin().awaitExtraction(matter.id(), 120);
    try (Chromium c = Chromium.paralegalOf(matter)) {
      DocumentPage viewer = c.document().open(id).scrollToPage(3);
      assertEquals("p. 3 \u00b7 printed 2087", viewer.pageHeading(3));
      assertEquals("Page 1".equals(viewer.pageHeading(1)), false, "page 1 is printed 2083");
      assertEquals(List.of("MORTIMER v. BACA 2087"), viewer.dimmed(3), "the running header");
      assertEquals(pageText(id, 3), viewer.pageText(3), "the text itself is unchanged");

      viewer = viewer.editDetails().type("Case").shortCite("Mortimer").save();
      assertEquals("Mortimer", viewer.shortCite());
      assertEquals("Mortimer v. Baca", viewer.title());
    }
    JsonObject saved =
        Api.object(matter.paralegal().get("api/documents/" + id)).getJsonObject("document");
    assertEquals("CASE", saved.getString("type"));
    assertEquals("Mortimer", saved.getString("shortCite"));
  }
}
