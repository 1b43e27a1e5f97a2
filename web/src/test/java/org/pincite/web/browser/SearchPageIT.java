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

  @Test
  void aReviewerSearchesOpensAHitAtItsPageAndMarksASuggestion() throws InterruptedException {
    TestMatter matter = TestMatter.likeTheDemo("search-page");
    Api api = matter.paralegal();
    assertTrue(awaitTotal(api, matter.id(), "Tesla", 1) >= 1, "the Tesla email is indexed");
    try (Chromium c = new Chromium()) {
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      SearchPage search = c.matter().openSearch().search("Tesla cash cow");
      assertTrue(search.total().matches("\\d+ hits?"), search.total());
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
      suggestions.markFirstSuggestionSupporting(title);
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

      ChronologyPage chronology = c.chronology().open(matter.id());
      c.assertAccessible("chronology.xhtml");
      assertTrue(chronology.documentsOnTheTimeline() >= 4);
      assertTrue(chronology.entries().contains("20 Sep 2017"));
    }
  }
}
