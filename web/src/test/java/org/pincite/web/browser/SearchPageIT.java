package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.ChronologyPage;
import org.pincite.web.browser.pages.SearchPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * The search page in Chromium: a query with its words marked, a filter with its count, a hit opened
 * at its page, a suggestion marked in one step, and the chronology's timeline.
 */
@Tag("browser")
// SearchApiIT rebuilds the whole index once: no other search test runs meanwhile.
@ResourceLock("search-index")
class SearchPageIT {
  private static long total(Api api, long matter, String query) {
    return Api.object(
            api.get(
                "api/matters/"
                    + matter
                    + "/search?q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .getJsonNumber("total")
        .longValue();
  }

  /** The index fills as documents are read in the background and searches see it once refreshed. */
  private static long awaitTotal(Api api, long matter, String query, long atLeast)
      throws InterruptedException {
    long total = 0;
    for (int i = 0; i < 120 && (total = total(api, matter, query)) < atLeast; i++) {
      Thread.sleep(250);
    }
    return total;
  }

  /** The passages supporting the claim itself, as the claims API counts them. */
  private static int supportingOf(TestMatter matter, long claim) {
    return Api.array(matter.paralegal().get("api/matters/" + matter.id() + "/claims"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getJsonNumber("id").longValue() == claim)
        .findFirst()
        .orElseThrow()
        .getInt("supporting");
  }

  @Test
  void aReviewerSearchesOpensAHitAtItsPageAndMarksASuggestion() throws InterruptedException {
    TestMatter matter = TestMatter.likeTheDemo("search-page");
    Api api = matter.paralegal();
    assertTrue(awaitTotal(api, matter.id(), "Tesla", 1) >= 1, "the Tesla email is indexed");
    try (Chromium c = new Chromium()) {
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      SearchPage search = c.matter().openSearch().search("Tesla cash cow");
      assertTrue(search.total().matches("\\d+ hits? in \\d+ documents?"), search.total());
      assertTrue(
          List.of("tesla", "cash", "cow")
              .contains(search.firstMarkedWord().toLowerCase(Locale.ROOT)),
          "the words are marked: " + search.firstMarkedWord());

      c.assertAccessible("search.xhtml");
      // A filter with its count narrows the hits; the address says so; then the first hit opens
      // the viewer at its page.
      search.filterKind("Evidence");
      String searched = c.url();
      assertTrue(
          searched.contains("q=Tesla+cash+cow") && searched.contains("kind=EVIDENCE"), searched);
      String hitsThere = search.total();
      search.openFirstHit();
      long tesla = matter.documentFile("2018-02-tesla.eml");
      String url = c.url();
      assertTrue(url.matches(".*/document\\.xhtml\\?id=\\d+&page=\\d+&hl=.*"), url);
      assertTrue(url.contains("id=" + tesla + "&page=1"), url);
      assertTrue(url.contains("hl=Tesla+cash+cow") || url.contains("hl=Tesla%20cash%20cow"), url);

      // Back shows the same search: the words, the filter and the hits.
      c.driver().navigate().back();
      SearchPage back = c.search().await();
      assertEquals(searched, c.url());
      assertEquals(hitsThere, back.total());
      assertEquals("Tesla cash cow", back.query());
      assertTrue(back.kindLabel().startsWith("Evidence"), back.kindLabel());

      // A suggestion for a claim is marked in one step, and the passage is there through the API.
      String defence = "Musk knew of and pushed for a for-profit structure";
      long claim = matter.claimId(defence);
      SearchPage suggestions = c.search().open(matter.id());
      String title = suggestions.suggestFor(defence);
      for (String sentence : suggestions.suggestedSentences()) {
        assertFalse(
            sentence.contains("CGC-")
                || sentence.contains("Plaintiff,\n")
                || sentence.startsWith("SUPERIOR"),
            "a caption is never offered as the sentence: " + sentence);
      }
      int supportingBefore = supportingOf(matter, claim);
      suggestions.markFirstSuggestionSupporting(title);
      assertEquals(supportingBefore + 1, supportingOf(matter, claim), "the mark is stored");
      JsonObject marked = null;
      for (int i = 0; i < 40; i++) {
        marked =
            Api.object(
                api.get(
                    "api/matters/"
                        + matter.id()
                        + "/search?q=&claim="
                        + claim
                        + "&stance=SUPPORTS"));
        if (marked.getJsonNumber("total").longValue() >= 1) {
          break;
        }
        Thread.sleep(250);
      }
      assertTrue(marked.getJsonNumber("total").longValue() >= 1, marked.toString());

      // The one-click mark can be taken back.
      suggestions.undoLastMark(title);
      assertEquals(supportingBefore, supportingOf(matter, claim), "the undone mark is gone");

      ChronologyPage chronology = c.chronology().open(matter.id());
      c.assertAccessible("chronology.xhtml");
      assertTrue(chronology.documentsOnTheTimeline() >= 4);
      assertTrue(chronology.entries().contains("20 Sep 2017"));
    }
  }

  @Test
  void hitsAreGroupedByDocumentWithMoreInPlaceAndTheFiltersFitTheirColumn() throws Exception {
    TestMatter matter = TestMatter.small("search-groups");
    Api api = matter.paralegal();
    long minutes =
        matter.upload(
            "quorum-minutes-fiction.pdf",
            Pdfs.numberedPages(6, "Fictional quorum minutes of the Widget board."),
            "EVIDENCE",
            "OTHER");
    String eml =
        "From: Bartholomew Featherstonehaugh-Longname"
            + " <bartholomew.featherstonehaugh@widget-holdings.example.test>\r\n"
            + "To: Bo Example <bo@example.test>\r\n"
            + "Subject: Fictional note on the quorum\r\n"
            + "Date: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + "A fictional email: was there a quorum at the board meeting?\r\n";
    matter.upload("quorum-email-fiction.eml", eml.getBytes(StandardCharsets.UTF_8), null, null);
    matter.admin().awaitExtraction(matter.id());
    // A long claim among the filter's choices.
    matter.markOnFirstPage(
        minutes,
        "quorum",
        "SUPPORTS",
        matter.claimId("Defendants' use is likely to cause confusion"));
    assertTrue(awaitTotal(api, matter.id(), "quorum", 7) >= 7, "the pages are indexed");
    String pdfTitle =
        Api.object(api.get("api/documents/" + minutes))
            .getJsonObject("document")
            .getString("title");

    try (Chromium c = Chromium.paralegalOf(matter)) {
      c.windowWidth(1400);
      SearchPage search = c.search().open(matter.id()).search("quorum");
      List<String> documents = search.documents();
      assertEquals(2, documents.size(), documents.toString());
      assertEquals(2, documents.stream().distinct().count(), "each document once: " + documents);
      assertEquals("6 hits", search.hitCountOf(pdfTitle));
      assertEquals(3, search.pagesUnder(pdfTitle), "its best pages under it");
      assertEquals("3 more in this document", search.moreUnder(pdfTitle));
      assertTrue(search.total().endsWith("in 2 documents"), search.total());
      assertEquals(List.of(), search.filtersOutsideTheirColumn(), "filters at 1400 px");
      c.assertAccessible("search.xhtml with grouped hits");

      search.openMore(pdfTitle);
      assertEquals(6, search.pagesUnder(pdfTitle), "all of its hits, in place");
      assertTrue(c.url().contains("q=quorum"), c.url());

      // Narrower, the filters still fit their column (or stand above the hits).
      for (int width : List.of(1280, 1000)) {
        c.windowWidth(width);
        assertEquals(List.of(), search.filtersOutsideTheirColumn(), "filters at " + width + " px");
        assertFalse(c.scrollsSideways(), "search at " + width + " px: " + c.widerThanTheWindow());
      }
    }
  }
}
