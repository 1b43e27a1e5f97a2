package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review workspace: marking passages through the API with its rules, and the viewer and the
 * claims page in headless Chromium. (Re-anchoring in the server: {@link PinciteServerIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class ReviewWorkspaceIT {
  private static final String FOR_PROFIT_EMAIL = "Re: Proposed for-profit structure";
  private static final String CONTRACT = "Breach of contract (the Founding Agreement)";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-review-it");
  }

  @ArquillianResource URL base;

  // --- the API ---

  private static long documentId(Api api, String title) {
    long matter = api.matterId(PinciteServerIT.DOCKET);
    api.awaitExtraction(matter);
    return Api.object(api.get("api/matters/" + matter))
        .getJsonArray("documents")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(d -> d.getString("title").equals(title))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long claimId(Api api, String matterDocket, String label) {
    long matter = api.matterId(matterDocket);
    return Api.array(api.get("api/matters/" + matter + "/claims"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("label").equals(label))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String mark(
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String stance,
      String claimIds,
      String note) {
    return "{\"startPage\":"
        + startPage
        + ",\"startOffset\":"
        + startOffset
        + ",\"endPage\":"
        + endPage
        + ",\"endOffset\":"
        + endOffset
        + ",\"stance\":\""
        + stance
        + "\",\"claimIds\":["
        + claimIds
        + "],\"note\":"
        + (note == null ? "null" : "\"" + note + "\"")
        + "}";
  }

  @Test
  void theAnnotationApiStoresThePassageWithItsQuoteAndRefusesWhatBreaksTheRules() {
    Api api = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    long email = documentId(api, FOR_PROFIT_EMAIL);
    long contract = claimId(api, PinciteServerIT.DOCKET, CONTRACT);
    String text = Api.object(api.get("api/documents/" + email + "/pages/1")).getString("text");
    int at = text.indexOf("I will stop funding OpenAI");

    HttpResponse<String> created =
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, at, 1, at + 26, "REFUTES", String.valueOf(contract), "threat"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject passage = Api.object(created);
    assertEquals("I will stop funding OpenAI", passage.getString("quote"));
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/api/annotations/" + passage.getJsonNumber("id")));
    long id = passage.getJsonNumber("id").longValue();
    assertTrue(
        Api.array(api.get("api/documents/" + email + "/annotations"))
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                a ->
                    a.getJsonNumber("id").longValue() == id
                        && a.getString("prefix").endsWith(text.substring(at - 10, at))));
    JsonObject highlight =
        Api.array(api.get("api/documents/" + email + "/pages/1/highlights"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> h.getJsonNumber("annotationId").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(at, highlight.getInt("from"));
    assertEquals(at + 26, highlight.getInt("to"));

    // The same checks as the page: offsets inside the text, at least one claim, claims of this
    // matter.
    assertRefused(
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, 0, 1, text.length() + 5, "SUPPORTS", String.valueOf(contract), null)),
        400,
        "outside page 1");
    assertRefused(
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, 0, 2, 5, "SUPPORTS", String.valueOf(contract), null)),
        400,
        "not within the document");
    assertRefused(
        api.post("api/documents/" + email + "/annotations", mark(1, 0, 1, 5, "SUPPORTS", "", null)),
        400,
        "at least one claim");
    Api admin = Api.admin(base);
    long foreign =
        Api.array(
                admin.get(
                    "api/matters/" + admin.matterId(PinciteServerIT.SECOND_DOCKET) + "/claims"))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertRefused(
        api.post(
            "api/documents/" + email + "/annotations",
            mark(1, 0, 1, 5, "SUPPORTS", String.valueOf(foreign), null)),
        400,
        "not a claim of this matter");
    String wrongQuote =
        "{\"startPage\":1,\"startOffset\":"
            + at
            + ",\"endPage\":1,\"endOffset\":"
            + (at + 26)
            + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
            + contract
            + "],\"quote\":\"something else\"}";
    assertRefused(
        api.post("api/documents/" + email + "/annotations", wrongQuote), 400, "do not match");

    // Changing it: the version seen goes back; a stale one is refused with 409 and changes nothing.
    long version = passage.getJsonNumber("version").longValue();
    HttpResponse<String> changed =
        api.put(
            "api/annotations/" + id,
            "{\"version\":"
                + version
                + ",\"stance\":\"CONTEXT\",\"claimIds\":["
                + contract
                + "],\"note\":\"on reflection, context\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("CONTEXT", Api.object(changed).getString("stance"));
    assertRefused(
        api.put(
            "api/annotations/" + id,
            "{\"version\":"
                + version
                + ",\"stance\":\"SUPPORTS\",\"claimIds\":["
                + contract
                + "]}"),
        409,
        "changed by paralegal");
    assertEquals(204, api.delete("api/annotations/" + id).statusCode());
    assertEquals(404, api.delete("api/annotations/" + id).statusCode());
  }

  private static void assertRefused(HttpResponse<String> response, int status, String words) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(Api.object(response).getString("error").contains(words), response.body());
  }

  // --- Chromium ---

  private static final class Reviewer implements AutoCloseable {
    final WebDriver browser = Browser.start();
    // The claims table is re-rendered by each change: an element read during that is found again.
    final org.openqa.selenium.support.ui.FluentWait<WebDriver> wait =
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    final URL base;

    Reviewer(URL base) {
      this.base = base;
      browser.get(base + "matters.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
          .sendKeys("paralegal");
      browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
      browser.findElement(By.id("login:signin")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    void open(String path) {
      browser.get(base + path);
      awaitPage(1);
    }

    void awaitPage(int n) {
      wait.until(
          d ->
              Boolean.TRUE.equals(
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return !!window.Pincite && window.Pincite.viewer.loadedPages().indexOf(arguments[0]) >= 0",
                          n)));
    }

    /**
     * Selects {@code words} as a reader would, from their first occurrence on {@code page} (to
     * {@code endPage}).
     */
    void select(int page, String words, int endPage, String endWords) {
      ((JavascriptExecutor) browser)
          .executeScript(
              "function point(pre, off) {"
                  + "  var w = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), n, seen = 0;"
                  + "  while ((n = w.nextNode())) { if (seen + n.nodeValue.length >= off) return [n, off - seen]; seen += n.nodeValue.length; }"
                  + "}"
                  + "var a = document.querySelector('pre.pc-page-text[data-page=\"' + arguments[0] + '\"]');"
                  + "var b = document.querySelector('pre.pc-page-text[data-page=\"' + arguments[2] + '\"]');"
                  + "var s = a.textContent.indexOf(arguments[1]);"
                  + "var e = b.textContent.indexOf(arguments[3]) + arguments[3].length;"
                  + "if (s < 0 || e < arguments[3].length) throw new Error('words not on the page');"
                  + "var ps = point(a, s), pe = point(b, e), r = document.createRange();"
                  + "r.setStart(ps[0], ps[1]); r.setEnd(pe[0], pe[1]);"
                  + "var sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);",
              page,
              words,
              endPage,
              endWords);
    }

    void press(String key) {
      new Actions(browser).sendKeys(key).perform();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:save")));
    }

    void tickClaim(String label) {
      WebElement l =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(
                      "//table[contains(@class,'pc-claim-choices')]//label[contains(normalize-space(.), \""
                          + label
                          + "\")]")));
      WebElement box = browser.findElement(By.id(l.getAttribute("for")));
      if (!box.isSelected()) {
        box.click();
      }
    }

    void save() {
      browser.findElement(By.id("mark:save")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark:save")));
    }

    List<WebElement> highlights(String stance) {
      return browser.findElements(
          By.cssSelector("pre.pc-page-text mark.pc-hl.pc-stance-" + stance));
    }

    @Override
    public void close() {
      browser.quit();
    }
  }

  @Test
  void aReviewerMarksASentenceOfAnEmailAsRefutingAClaimThenChangesAndDeletesIt() {
    Api api = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    long email = documentId(api, FOR_PROFIT_EMAIL);
    String sentence =
        "A for-profit company is the way to get there, and I am fine\nwith setting one up.";
    try (Reviewer r = new Reviewer(base)) {
      r.open("document.xhtml?id=" + email);
      assertTrue(
          r.browser.findElement(By.id("email-headers")).getText().contains("Subject"),
          "the email's header block");
      r.select(1, "A for-profit company", 1, "with setting one up.");
      r.press("r");
      assertTrue(
          r.browser.findElement(By.cssSelector("#mark\\:stance input[value=REFUTES]")).isSelected(),
          "R chose refutes");
      r.tickClaim(CONTRACT);
      r.browser.findElement(By.id("mark:note")).sendKeys("Musk proposes the for-profit himself");
      r.save();

      JsonObject stored =
          Api.array(api.get("api/documents/" + email + "/annotations"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(a -> a.getString("quote").equals(sentence))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the exact sentence is stored"));
      assertEquals("REFUTES", stored.getString("stance"));
      long id = stored.getJsonNumber("id").longValue();

      r.browser.navigate().refresh();
      r.awaitPage(1);
      r.wait.until(d -> !r.highlights("REFUTES").isEmpty());
      String marked =
          r.highlights("REFUTES").stream()
              .filter(m -> m.getAttribute("data-annotations").contains(String.valueOf(id)))
              .map(WebElement::getText)
              .reduce("", String::concat);
      assertEquals(
          sentence.replace("\n", " "),
          marked.replace("\n", " ").strip(),
          "highlighted after a reload");
      assertTrue(
          r.browser
              .findElement(By.id("passage-" + id))
              .getText()
              .contains("Musk proposes the for-profit himself"));

      // Change it: stance and note.
      r.browser.findElement(By.cssSelector("#passage-" + id + " .pc-edit")).click();
      r.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:save")));
      r.browser
          .findElement(By.xpath("//div[@id='mark:stance']//label[normalize-space(.)='Context']"))
          .click();
      WebElement note = r.browser.findElement(By.id("mark:note"));
      note.clear();
      note.sendKeys("Only background after all");
      r.save();
      r.browser.navigate().refresh();
      r.awaitPage(1);
      r.wait.until(d -> !r.highlights("CONTEXT").isEmpty());
      assertTrue(
          r.browser
              .findElement(By.id("passage-" + id))
              .getText()
              .contains("Only background after all"));
      assertTrue(
          r.browser
              .findElement(By.id("passage-" + id))
              .getAttribute("class")
              .contains("pc-stance-CONTEXT"));

      // Delete it, confirming.
      r.browser.findElement(By.cssSelector("#passage-" + id + " .pc-delete")).click();
      r.wait
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      r.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("passage-" + id)));
      r.browser.navigate().refresh();
      r.awaitPage(1);
      assertTrue(r.browser.findElements(By.id("passage-" + id)).isEmpty());
      assertTrue(
          r.browser.findElements(By.cssSelector("mark[data-annotations='" + id + "']")).isEmpty(),
          "no highlight left");
    }
  }

  @Test
  void aSecondReviewersSaveOverANewerEditIsRefusedAndKeepsWhatTheyTyped() {
    Api api = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    long email = documentId(api, FOR_PROFIT_EMAIL);
    long contract = claimId(api, PinciteServerIT.DOCKET, CONTRACT);
    String text = Api.object(api.get("api/documents/" + email + "/pages/1")).getString("text");
    int at = text.indexOf("Let me know by the end of the week");
    JsonObject marked =
        Api.object(
            api.post(
                "api/documents/" + email + "/annotations",
                mark(1, at, 1, at + 34, "SUPPORTS", String.valueOf(contract), "first")));
    long id = marked.getJsonNumber("id").longValue();
    try (Reviewer r = new Reviewer(base)) {
      r.open("document.xhtml?id=" + email);
      r.wait
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#passage-" + id + " .pc-edit")))
          .click();
      WebElement note =
          r.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:note")));
      note.clear();
      note.sendKeys("A careful note that must not be lost");
      // Meanwhile an attorney saves their own change to the same passage.
      HttpResponse<String> theirs =
          Api.admin(base)
              .put(
                  "api/annotations/" + id,
                  "{\"version\":"
                      + marked.getJsonNumber("version")
                      + ",\"stance\":\"REFUTES\",\"claimIds\":["
                      + contract
                      + "],\"note\":\"theirs\"}");
      assertEquals(200, theirs.statusCode(), theirs.body());
      r.browser.findElement(By.id("mark:save")).click();
      WebElement message =
          r.wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#mark\\:markMessages .ui-messages-error")));
      assertTrue(message.getText().contains("changed by admin"), message.getText());
      assertTrue(r.browser.findElement(By.id("mark:save")).isDisplayed(), "the dialog stays open");
      assertEquals(
          "A careful note that must not be lost",
          r.browser.findElement(By.id("mark:note")).getAttribute("value"));
      JsonObject stored =
          Api.array(api.get("api/documents/" + email + "/annotations"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(a -> a.getJsonNumber("id").longValue() == id)
              .findFirst()
              .orElseThrow();
      assertEquals("theirs", stored.getString("note"), "the newer edit stands");
    }
  }

  @Test
  void koreanWordsAreSelectedStoredAndHighlightedExactly() {
    Api api = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    long email = documentId(api, FOR_PROFIT_EMAIL);
    String korean = "회사의 과반 지분과 이사회 통제권";
    try (Reviewer r = new Reviewer(base)) {
      r.open("document.xhtml?id=" + email);
      r.select(1, korean, 1, korean);
      r.press("c");
      r.tickClaim("Musk sought majority equity, board control and the CEO role");
      r.save();
      JsonObject stored =
          Api.array(api.get("api/documents/" + email + "/annotations"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(a -> a.getString("quote").equals(korean))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the Korean words are stored as selected"));
      String text = Api.object(api.get("api/documents/" + email + "/pages/1")).getString("text");
      assertEquals(
          text.indexOf(korean), stored.getInt("startOffset"), "the same UTF-16 offsets as Java");
      r.browser.navigate().refresh();
      r.awaitPage(1);
      r.wait.until(d -> !r.highlights("CONTEXT").isEmpty());
      assertTrue(r.highlights("CONTEXT").stream().anyMatch(m -> m.getText().equals(korean)));
    }
  }

  @Test
  void aPassageAcrossAPageBreakOfTheComplaintIsBoxedOnBothPageImagesAndCountedOnTheClaimsPage() {
    Api api = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    long complaint = documentId(api, "Complaint — Musk v. Altman et al. (illustrative)");
    String page1 = Api.object(api.get("api/documents/" + complaint + "/pages/1")).getString("text");
    String page2 = Api.object(api.get("api/documents/" + complaint + "/pages/2")).getString("text");
    // The last line of page 1 is its running footer: start at the line above it, the end of a
    // paragraph.
    List<String> lines = page1.strip().lines().toList();
    String paragraphEnd = lines.get(lines.size() - 2);
    String startWords = paragraphEnd.substring(0, Math.min(20, paragraphEnd.length()));
    String endWords = page2.strip().lines().findFirst().orElseThrow();
    long claim = claimId(api, PinciteServerIT.DOCKET, "A clear and unambiguous promise");
    try (Reviewer r = new Reviewer(base)) {
      r.open("document.xhtml?id=" + complaint);
      r.awaitPage(2);
      r.select(1, startWords, 2, endWords);
      r.press("s");
      r.tickClaim("A clear and unambiguous promise");
      r.save();
      JsonObject stored =
          Api.array(api.get("api/documents/" + complaint + "/annotations"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(
                  a ->
                      a.getInt("startPage") == 1
                          && a.getInt("endPage") == 2
                          && a.getJsonArray("claimIds").toString().contains(String.valueOf(claim)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("a passage from page 1 to page 2"));
      long id = stored.getJsonNumber("id").longValue();
      assertTrue(
          stored.getString("quote").startsWith(startWords)
              && stored.getString("quote").endsWith(endWords),
          stored.getString("quote"));

      r.browser.navigate().refresh();
      r.awaitPage(2);
      for (int page : List.of(1, 2)) {
        r.wait.until(
            d ->
                !d.findElements(
                        By.cssSelector(
                            "#page-" + page + " .pc-boxes .pc-box[data-annotations='" + id + "']"))
                    .isEmpty());
      }
      WebElement box =
          r.browser.findElement(
              By.cssSelector("#page-1 .pc-boxes .pc-box[data-annotations='" + id + "']"));
      assertTrue(box.getAttribute("class").contains("pc-stance-SUPPORTS"));
      box.click();
      WebElement popover =
          r.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-popover")));
      assertTrue(
          popover.getText().contains("A clear and unambiguous promise")
              && popover.getText().contains("paralegal"),
          popover.getText());

      r.browser.get(base + "claims.xhtml?matter=" + api.matterId(PinciteServerIT.DOCKET));
      WebElement count =
          r.wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.xpath(
                      "//tr[.//span[normalize-space(.)='A clear and unambiguous promise']]//a[contains(@class,'pc-count-supporting')]")));
      assertTrue(Integer.parseInt(count.getText()) >= 1, count.getText());
      count.click();
      WebElement link =
          r.wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.xpath("//a[contains(@href, 'passage=" + id + "')]")));
      link.click();
      r.awaitPage(1);
      assertTrue(r.browser.getCurrentUrl().contains("passage=" + id));
    }
  }

  @Test
  void everyDemoDocumentOpensInTheViewerWithItsTextAndEmailsWithTheirHeaderBlock() {
    Api api = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    long matter = api.matterId(PinciteServerIT.DOCKET);
    api.awaitExtraction(matter);
    List<JsonObject> demo =
        Api.object(api.get("api/matters/" + matter))
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                d ->
                    d.getString("status").equals("EXTRACTED")
                        && d.getInt("pageCount") > 0
                        && !d.getString("fileName").startsWith("exhibit-7"))
            .toList();
    assertTrue(demo.size() >= 5, demo.toString());
    try (Reviewer r = new Reviewer(base)) {
      for (JsonObject d : demo) {
        r.open("document.xhtml?id=" + d.getJsonNumber("id"));
        String expected =
            Api.object(api.get("api/documents/" + d.getJsonNumber("id") + "/pages/1"))
                .getString("text");
        String shown =
            (String)
                ((JavascriptExecutor) r.browser)
                    .executeScript(
                        "return document.querySelector('pre.pc-page-text[data-page=\"1\"]').textContent");
        assertEquals(
            expected,
            shown,
            "page 1 of " + d.getString("title") + " shows exactly the stored text");
        assertEquals(
            d.getString("title"), r.browser.findElement(By.id("document-title")).getText());
        boolean email = d.getString("type").equals("EMAIL");
        assertEquals(
            email, !r.browser.findElements(By.id("email-headers")).isEmpty(), d.getString("title"));
        if (d.getString("mediaType").equals("application/pdf")) {
          r.wait.until(
              x ->
                  Boolean.TRUE.equals(
                      ((JavascriptExecutor) x)
                          .executeScript(
                              "var i = document.querySelector('#page-1 img'); return i.complete && i.naturalWidth > 0")));
        }
      }
    }
  }

  @Test
  void aReviewerDraftsClaimsAddingRenamingOrderingAndNestingThem() {
    String count = "Conversion of donated funds " + System.nanoTime();
    try (Reviewer r = new Reviewer(base)) {
      long matter = Api.as(base, "paralegal", Api.DEMO_PASSWORD).matterId(PinciteServerIT.DOCKET);
      r.browser.get(base + "claims.xhtml?matter=" + matter);
      r.wait
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("add:label")))
          .sendKeys(count);
      Browser.choose(r.browser, "add:party", "li[data-label^='Elon Musk']", "Elon Musk");
      r.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("add:party_panel")));
      r.browser.findElement(By.id("add:addTop")).click();
      By countRow = By.xpath("//tr[.//span[normalize-space(.)='" + count + "']]");
      r.wait.until(ExpectedConditions.presenceOfElementLocated(countRow));

      addBelow(r, countRow, "Funds were donated for a charitable purpose");
      addBelow(r, countRow, "They were used otherwise");
      // Move the second element above the first.
      By second = By.xpath("//tr[.//span[normalize-space(.)='They were used otherwise']]");
      r.browser.findElement(second).findElement(By.cssSelector(".pc-move-up")).click();
      r.wait.until(
          d ->
              rowIndex(d, "They were used otherwise")
                  < rowIndex(d, "Funds were donated for a charitable purpose"));
      // Rename it.
      r.browser.findElement(second).findElement(By.cssSelector(".pc-rewrite")).click();
      WebElement label =
          r.wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:claimLabel")));
      label.clear();
      label.sendKeys("The funds were used for another purpose");
      r.browser.findElement(By.id("claimForm:saveClaim")).click();
      By renamed =
          By.xpath("//tr[.//span[normalize-space(.)='The funds were used for another purpose']]");
      r.wait.until(ExpectedConditions.presenceOfElementLocated(renamed));
      // Nest it under the other element.
      r.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claimForm:saveClaim")));
      r.browser.findElement(renamed).findElement(By.cssSelector(".pc-nest")).click();
      WebElement under =
          r.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:under")));
      String donatedId =
          Api.array(
                  Api.as(base, "paralegal", Api.DEMO_PASSWORD)
                      .get("api/matters/" + matter + "/claims"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(
                  c -> c.getString("label").equals("Funds were donated for a charitable purpose"))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .toString();
      new org.openqa.selenium.support.ui.Select(under).selectByValue(donatedId);
      r.browser.findElement(By.id("claimForm:saveClaim")).click();
      r.wait.until(
          d ->
              d.findElement(renamed)
                  .findElement(By.cssSelector(".pc-claim-cell"))
                  .getAttribute("class")
                  .contains("pc-depth-2"));

      JsonObject nested =
          Api.array(
                  Api.as(base, "paralegal", Api.DEMO_PASSWORD)
                      .get("api/matters/" + matter + "/claims"))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(c -> c.getString("label").equals("The funds were used for another purpose"))
              .findFirst()
              .orElseThrow();
      assertEquals(2, nested.getInt("depth"));
    }
  }

  /** A PDF of {@code pages} letter pages, each saying which page it is. */
  private static byte[] longPdf(int pages) throws java.io.IOException {
    try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument();
        var out = new java.io.ByteArrayOutputStream()) {
      var font =
          new org.apache.pdfbox.pdmodel.font.PDType1Font(
              org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN);
      for (int n = 1; n <= pages; n++) {
        var page =
            new org.apache.pdfbox.pdmodel.PDPage(
                org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
        pdf.addPage(page);
        try (var s = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
          s.beginText();
          s.setFont(font, 12);
          s.newLineAtOffset(72, 700);
          s.showText(
              "Deposition transcript, page " + n + " of " + pages + ". " + System.nanoTime());
          s.endText();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aLongDocumentShowsItsFirstPagesAtOnceAndTheRestAsTheReaderScrolls() throws Exception {
    Api admin = Api.admin(base);
    long matter = admin.matterId(PinciteServerIT.DOCKET);
    HttpResponse<String> uploaded = admin.upload(matter, "transcript-300.pdf", longPdf(300));
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    long id = Api.object(uploaded).getJsonObject("document").getJsonNumber("id").longValue();
    admin.awaitExtraction(matter, 120);
    try (Reviewer r = new Reviewer(base)) {
      r.open("document.xhtml?id=" + id);
      JavascriptExecutor js = (JavascriptExecutor) r.browser;
      long shown = (Long) js.executeScript("return window.Pincite.viewer.loadedPages().length");
      assertTrue(shown < 20, shown + " of 300 pages fetched at first");
      assertEquals(
          300L,
          (Long) js.executeScript("return document.querySelectorAll('section.pc-page').length"));
      js.executeScript("document.getElementById('page-300').scrollIntoView()");
      r.awaitPage(300);
      assertTrue(
          ((String) js.executeScript("return window.Pincite.viewer.pageText(300)"))
              .contains("page 300 of 300"));
      assertTrue(
          (Long) js.executeScript("return window.Pincite.viewer.loadedPages().length") < 60,
          "pages in between are skipped");
    }
  }

  private static void addBelow(Reviewer r, By row, String label) {
    r.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claimForm:saveClaim")));
    r.browser.findElement(row).findElement(By.cssSelector(".pc-add-below")).click();
    r.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:claimLabel")))
        .sendKeys(label);
    r.browser.findElement(By.id("claimForm:saveClaim")).click();
    r.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath("//tr[.//span[normalize-space(.)='" + label + "']]")));
  }

  private static int rowIndex(WebDriver d, String label) {
    List<WebElement> labels = d.findElements(By.cssSelector("#tree\\:claims .pc-claim-label"));
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).getText().equals(label)) {
        return i;
      }
    }
    return -1;
  }
}
