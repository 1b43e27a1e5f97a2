package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search, suggestions and the chronology on the demo matter, through the API and in Chromium: the
 * index is built inside the server and follows passages marked in its JTA transactions.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-search-it");
  }

  @ArquillianResource URL base;

  private Api paralegal() {
    return Api.as(base, "paralegal", Api.DEMO_PASSWORD);
  }

  private long musk() {
    Api admin = Api.admin(base);
    long id = admin.matterId(PinciteServerIT.DOCKET);
    admin.awaitExtraction(id);
    return id;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private JsonObject search(Api api, long matter, String query, String filters) {
    HttpResponse<String> r = api.get("api/matters/" + matter + "/search?q=" + q(query) + filters);
    assertEquals(200, r.statusCode(), r.body());
    return Api.object(r);
  }

  private long documentId(long matter, String fileName) {
    return Api.object(Api.admin(base).get("api/matters/" + matter))
        .getJsonArray("documents")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(d -> d.getString("fileName").equals(fileName))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long claimId(long matter, String label) {
    List<JsonObject> all = new ArrayList<>();
    Stream<JsonObject> top =
        Api.object(Api.admin(base).get("api/matters/" + matter))
            .getJsonArray("claims")
            .getValuesAs(JsonObject.class)
            .stream();
    top.forEach(c -> flatten(c, all));
    return all.stream()
        .filter(c -> c.getString("label").equals(label))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static void flatten(JsonObject claim, List<JsonObject> into) {
    into.add(claim);
    claim.getJsonArray("children").getValuesAs(JsonObject.class).forEach(c -> flatten(c, into));
  }

  private static List<JsonObject> hits(JsonObject results) {
    return results.getJsonArray("hits").getValuesAs(JsonObject.class);
  }

  /**
   * The index fills as the demo's documents are read in the background; wait for the email's page.
   */
  private JsonObject awaitHits(Api api, long matter, String query) {
    JsonObject r = null;
    for (int i = 0; i < 120; i++) {
      r = search(api, matter, query, "");
      if (r.getJsonNumber("total").longValue() > 0) {
        return r;
      }
      sleep(250);
    }
    return r;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aKoreanWordAndAnEnglishPhraseFindTheirEmailWithTheWordsMarked() {
    long matter = musk();
    long structure = documentId(matter, "2017-09-structure.eml");
    JsonObject korean = awaitHits(paralegal(), matter, "이사회");
    assertEquals(1, korean.getJsonNumber("total").longValue(), korean.toString());
    JsonObject hit = hits(korean).get(0);
    assertEquals(structure, hit.getJsonNumber("documentId").longValue());
    assertEquals(1, hit.getInt("page"));
    assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());
    assertTrue(hit.getJsonNumber("score").doubleValue() > 0);

    JsonObject phrase = search(paralegal(), matter, "\"majority equity\"", "");
    assertEquals(structure, hits(phrase).get(0).getJsonNumber("documentId").longValue());
    assertTrue(
        hits(phrase)
            .get(0)
            .getString("snippet")
            .contains("<mark>majority</mark> <mark>equity</mark>"),
        phrase.toString());
    assertEquals(
        0,
        search(paralegal(), matter, "\"equity majority\"", "").getJsonNumber("total").longValue());
  }

  @Test
  void filtersNarrowTheHitsAndCountTheirValues() {
    long matter = musk();
    awaitHits(paralegal(), matter, "Tesla");
    JsonObject all = search(paralegal(), matter, "OpenAI", "");
    long total = all.getJsonNumber("total").longValue();
    JsonArray kinds = all.getJsonObject("facets").getJsonArray("kind");
    long sum =
        kinds.getValuesAs(JsonObject.class).stream()
            .mapToLong(k -> k.getJsonNumber("count").longValue())
            .sum();
    assertEquals(total, sum, all.getJsonObject("facets").toString());
    JsonObject emails = search(paralegal(), matter, "OpenAI", "&type=EMAIL");
    assertTrue(
        emails.getJsonNumber("total").longValue() > 0
            && emails.getJsonNumber("total").longValue() < total);
    JsonObject filings = search(paralegal(), matter, "OpenAI", "&kind=FILING");
    JsonObject evidence = search(paralegal(), matter, "OpenAI", "&kind=EVIDENCE");
    // Other test classes add evidence of other types to the same matter: only the kinds add up.
    assertTrue(
        emails.getJsonNumber("total").longValue() <= evidence.getJsonNumber("total").longValue());
    assertEquals(
        total,
        evidence.getJsonNumber("total").longValue() + filings.getJsonNumber("total").longValue());
    JsonObject in2018 =
        search(paralegal(), matter, "OpenAI", "&type=EMAIL&from=2018-01-01&to=2018-12-31");
    assertEquals(
        documentId(matter, "2018-02-tesla.eml"),
        hits(in2018).get(0).getJsonNumber("documentId").longValue());
    assertEquals(1, in2018.getJsonNumber("total").longValue());
  }

  @Test
  void badInputIsA400ThatSaysWhyAndOtherMattersAreNotFound() {
    long matter = musk();
    HttpResponse<String> unclosed =
        paralegal().get("api/matters/" + matter + "/search?q=" + q("\"majority equity"));
    assertEquals(400, unclosed.statusCode(), unclosed.body());
    assertTrue(Api.object(unclosed).getString("error").contains("never closed"), unclosed.body());
    HttpResponse<String> stance =
        paralegal().get("api/matters/" + matter + "/search?q=x&stance=MAYBE");
    assertEquals(400, stance.statusCode(), stance.body());
    assertTrue(stance.body().contains("stance"), stance.body());
    assertEquals(
        400, paralegal().get("api/matters/" + matter + "/search?q=x&from=yesterday").statusCode());

    long second = Api.admin(base).matterId(PinciteServerIT.SECOND_DOCKET);
    assertEquals(404, paralegal().get("api/matters/" + second + "/search?q=note").statusCode());
    assertEquals(404, paralegal().get("api/matters/" + second + "/chronology").statusCode());
    long secondClaim =
        Api.object(Api.admin(base).get("api/matters/" + second))
            .getJsonArray("claims")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        404,
        paralegal()
            .get("api/matters/" + second + "/claims/" + secondClaim + "/suggestions")
            .statusCode());
    assertEquals(
        404,
        paralegal()
            .get("api/matters/" + matter + "/claims/" + secondClaim + "/suggestions")
            .statusCode(),
        "a claim of another matter");
    assertEquals(
        401, Api.anonymous(base).get("api/matters/" + matter + "/search?q=Tesla").statusCode());
    assertEquals(
        403, paralegal().post("api/matters/" + matter + "/search/reindex", "").statusCode());
  }

  @Test
  void aSuggestionMarkedThroughTheApiLeavesTheSuggestionsAndIsFoundAsMarked() {
    long matter = musk();
    long tesla = documentId(matter, "2018-02-tesla.eml");
    awaitHits(paralegal(), matter, "Tesla");
    long claim = claimId(matter, "Musk proposed merging OpenAI into Tesla");
    HttpResponse<String> response =
        paralegal().get("api/matters/" + matter + "/claims/" + claim + "/suggestions");
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> suggestions = Api.array(response).getValuesAs(JsonObject.class);
    int rank = -1;
    for (int i = 0; i < suggestions.size(); i++) {
      if (suggestions.get(i).getJsonNumber("documentId").longValue() == tesla) {
        rank = i;
        break;
      }
    }
    assertTrue(rank >= 0 && rank < 3, "the Tesla email among the first three: " + suggestions);
    JsonObject s = suggestions.get(rank);

    String mark =
        "{\"startPage\":"
            + s.getInt("page")
            + ",\"startOffset\":"
            + s.getInt("startOffset")
            + ",\"endPage\":"
            + s.getInt("page")
            + ",\"endOffset\":"
            + s.getInt("endOffset")
            + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
            + claim
            + "],\"quote\":"
            + jakarta.json.Json.createValue(s.getString("quote"))
            + "}";
    HttpResponse<String> marked = paralegal().post("api/documents/" + tesla + "/annotations", mark);
    assertEquals(201, marked.statusCode(), marked.body());

    List<JsonObject> after =
        Api.array(paralegal().get("api/matters/" + matter + "/claims/" + claim + "/suggestions"))
            .getValuesAs(JsonObject.class);
    assertTrue(
        after.stream()
            .noneMatch(
                x ->
                    x.getJsonNumber("documentId").longValue() == tesla
                        && x.getInt("page") == s.getInt("page")),
        after.toString());
    JsonObject supporting =
        search(paralegal(), matter, "", "&claim=" + claim + "&stance=SUPPORTS&annotated=true");
    assertTrue(
        hits(supporting).stream()
            .anyMatch(
                h ->
                    h.getJsonNumber("documentId").longValue() == tesla
                        && h.getString("source").equals("PAGE")),
        supporting.toString());

    HttpResponse<String> chronology =
        paralegal().get("api/matters/" + matter + "/chronology?claim=" + claim);
    assertEquals(200, chronology.statusCode(), chronology.body());
    List<JsonObject> entries =
        Api.object(chronology).getJsonArray("entries").getValuesAs(JsonObject.class);
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("kind").equals("PASSAGE")
                        && e.getString("date").equals("2018-02-01")),
        entries.toString());
  }

  @Test
  void theChronologyListsTheDatedDocumentsInOrderAndExportsCsv() {
    long matter = musk();
    HttpResponse<String> r = paralegal().get("api/matters/" + matter + "/chronology");
    assertEquals(200, r.statusCode(), r.body());
    List<String> dates =
        Api.object(r).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("date"))
            .toList();
    assertTrue(
        dates.containsAll(List.of("2015-12-11", "2016-01-02", "2017-09-20", "2018-02-01")),
        dates.toString());
    assertEquals(dates.stream().sorted().toList(), dates);
    HttpResponse<byte[]> csv =
        paralegal().getBytes("api/matters/" + matter + "/chronology?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("\uFEFFDate,Kind,Document"),
        text.substring(0, Math.min(60, text.length())));
    assertTrue(text.contains("2017-09-20"));
  }

  @Test
  void anAdministratorRebuildsTheMattersIndex() {
    long matter = musk();
    awaitHits(paralegal(), matter, "Tesla");
    long before = search(paralegal(), matter, "OpenAI", "").getJsonNumber("total").longValue();
    HttpResponse<String> r = Api.admin(base).post("api/matters/" + matter + "/search/reindex", "");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(Api.object(r).getInt("indexed") > 0);
    assertEquals(
        before, search(paralegal(), matter, "OpenAI", "").getJsonNumber("total").longValue());

    HttpResponse<String> all = Api.admin(base).post("api/search/reindex", "");
    assertEquals(200, all.statusCode(), all.body());
    assertTrue(Api.object(all).getInt("indexed") >= Api.object(r).getInt("indexed"), all.body());
    assertEquals(
        before,
        search(paralegal(), matter, "OpenAI", "").getJsonNumber("total").longValue(),
        "the same hits after a full rebuild");
    assertEquals(403, paralegal().post("api/search/reindex", "").statusCode());
  }

  @Test
  void aReviewerSearchesInChromiumAndOpensAHitAtItsPage() {
    long matter = musk();
    awaitHits(paralegal(), matter, "Tesla");
    WebDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(base + "matters.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
          .sendKeys("paralegal");
      browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
      browser.findElement(By.id("login:signin")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Musk v. Altman et al.")));
      browser.get(base + "matter.xhtml?id=" + matter);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("search-link"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:q")))
          .sendKeys("Tesla cash cow");
      browser.findElement(By.id("search:go")).click();
      WebElement hit =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#search\\:hits a.pc-hit-link")));
      assertTrue(
          browser.findElement(By.id("search:total")).getText().matches("\\d+ hits?"),
          browser.findElement(By.id("search:total")).getText());
      WebElement mark = browser.findElement(By.cssSelector("#search\\:hits .pc-snippet mark"));
      assertTrue(
          List.of("tesla", "cash", "cow")
              .contains(mark.getText().toLowerCase(java.util.Locale.ROOT)),
          "the words are marked: " + mark.getText());

      // A filter with its count narrows the hits; then the first hit opens the viewer at its page.
      Browser.choose(browser, "search:kind", "li[data-label^='Evidence']", "Evidence");
      // The menu shows its new label at once; the hits are new only once the form comes back.
      wait.until(ExpectedConditions.stalenessOf(hit));
      wait.until(
          ExpectedConditions.textMatches(
              By.id("search:kind_label"), java.util.regex.Pattern.compile("Evidence \\(\\d+\\)")));
      hit =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#search\\:hits a.pc-hit-link")));
      long tesla = documentId(matter, "2018-02-tesla.eml");
      hit.click();
      wait.until(ExpectedConditions.urlContains("document.xhtml"));
      String url = browser.getCurrentUrl();
      assertTrue(url.matches(".*/document\\.xhtml\\?id=\\d+&page=\\d+&hl=.*"), url);
      assertTrue(url.contains("id=" + tesla + "&page=1"), url);
      assertTrue(url.contains("hl=Tesla+cash+cow") || url.contains("hl=Tesla%20cash%20cow"), url);

      // A suggestion for a claim is marked in one step, and the passage is there through the API.
      long claim = claimId(matter, "Musk knew of and pushed for a for-profit structure");
      browser.get(base + "search.xhtml?matter=" + matter);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("search:suggest-claim")));
      Browser.choose(
          browser,
          "search:suggest-claim",
          "li[data-label='Musk knew of and pushed for a for-profit structure']",
          "Musk knew of and pushed");
      browser.findElement(By.id("search:suggest")).click();
      WebElement markButton =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//button[.//span[text()='Mark as supporting']]")));
      String markedTitle =
          browser.findElement(By.cssSelector("#search\\:suggestions a.pc-hit-link")).getText();
      markButton.click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("search:messages"), "Marked " + markedTitle));
      // The index is written when the mark commits and seen by searches once it refreshes: poll
      // briefly.
      JsonObject marked = search(paralegal(), matter, "", "&claim=" + claim + "&stance=SUPPORTS");
      for (int i = 0; i < 40 && marked.getJsonNumber("total").longValue() < 1; i++) {
        sleep(250);
        marked = search(paralegal(), matter, "", "&claim=" + claim + "&stance=SUPPORTS");
      }
      assertTrue(marked.getJsonNumber("total").longValue() >= 1, marked.toString());

      browser.get(base + "chronology.xhtml?matter=" + matter);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.pc-timeline")));
      assertTrue(
          browser.findElements(By.cssSelector("svg.pc-timeline .pc-tl-document")).size() >= 4);
      assertTrue(
          browser.findElement(By.id("chronology:entries")).getText().contains("20 Sep 2017"));
    } finally {
      browser.quit();
    }
  }
}
