package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/**
 * Every page of the application, signed out, as a paralegal and as an administrator: each fits a
 * window 1000 and 1280 px wide without sideways scrolling, and axe-core finds no serious or
 * critical accessibility violation on it, nor in the dialogs a reviewer opens most (marking a
 * passage, the passages behind a count).
 */
@Tag("browser")
class EveryPageIT {
  private static final String CAPTION = "Musk v. Altman et al.";
  private static final String PROMISE = "A clear and unambiguous promise";

  private static TestMatter matter;
  private static long complaint;
  private static long email;
  private static long deposition;
  private static long declaration;

  @BeforeAll
  static void aMatterLikeTheDemoWithAPassage() {
    matter = TestMatter.likeTheDemo("every-page");
    complaint = matter.documentOfType("COMPLAINT");
    email = matter.documentOfType("EMAIL");
    matter.markOnFirstPage(complaint, "Musk", "SUPPORTS", matter.claimId(PROMISE));
    // Testimony and pleading paper, whose pages carry line numbers.
    deposition =
        matter.upload(
            DemoMatterContent.DEPOSITION_FILE,
            DemoMatterContent.depositionTranscript(),
            "EVIDENCE",
            "TRANSCRIPT");
    declaration =
        matter.upload(
            "declaration-of-morgan-jackson-illustrative.pdf",
            DemoMatterContent.declarationPdf(),
            "FILING",
            "OTHER");
    matter.admin().awaitExtraction(matter.id());
  }

  /** Checks the page shown now at both widths (axe once, at the narrower one). */
  private static void fitsAndIsAccessible(Chromium c, String page) {
    for (int width : List.of(1280, 1000)) {
      c.windowWidth(width);
      try {
        c.until(d -> !c.scrollsSideways()); // page images and Ajax parts may still be drawn
      } catch (TimeoutException e) {
        // it does scroll sideways: the assertion says what is too wide
      }
      assertFalse(c.scrollsSideways(), page + " at " + width + " px: " + c.widerThanTheWindow());
    }
    c.assertAccessible(page + " at 1000 px");
  }

  /** Opens {@code path} and waits until {@code ready} is on the page. */
  private static void open(Chromium c, String path, By ready) {
    c.go(path);
    c.shown(ready);
  }

  @Test
  void theSignInPageFitsAndIsAccessible() {
    try (Chromium c = new Chromium()) {
      open(c, "login.xhtml", By.id("login:username"));
      fitsAndIsAccessible(c, "login.xhtml");
      c.login().signInRefused(matter.paralegalName(), "not-the-password-1");
      fitsAndIsAccessible(c, "login.xhtml with its refusal");
    }
  }

  @Test
  void everyPageOfAMatterFitsAndIsAccessible() {
    Map<String, By> pages = new LinkedHashMap<>();
    pages.put("matters.xhtml", By.cssSelector("main"));
    pages.put("matter.xhtml?id=" + matter.id(), By.id("caption"));
    pages.put("document.xhtml?id=" + complaint, By.cssSelector(".pc-page"));
    pages.put("document.xhtml?id=" + email, By.cssSelector(".pc-page"));
    pages.put("document.xhtml?id=" + deposition, By.cssSelector(".pc-page"));
    pages.put("document.xhtml?id=" + declaration, By.cssSelector(".pc-page"));
    pages.put("claims.xhtml?matter=" + matter.id(), By.cssSelector(".pc-claims-table"));
    pages.put("claim-chart.xhtml?matter=" + matter.id(), By.cssSelector(".pc-chart"));
    pages.put("search.xhtml?matter=" + matter.id() + "&q=Tesla", By.id("search:total"));
    pages.put("chronology.xhtml?matter=" + matter.id(), By.cssSelector("main"));
    pages.put("facts.xhtml?matter=" + matter.id(), By.cssSelector("main"));
    pages.put("history.xhtml?document=" + complaint, By.cssSelector("main"));
    pages.put("account.xhtml", By.cssSelector("main"));
    pages.put("not-found.xhtml", By.cssSelector("main"));
    pages.put("matter.xhtml?id=999999999", By.cssSelector("main"));
    try (Chromium c = Chromium.paralegalOf(matter)) {
      pages.forEach(
          (path, ready) -> {
            open(c, path, ready);
            fitsAndIsAccessible(c, path);
          });

      // At 1000 px the claims stay beside the documents table, not over it.
      open(c, "matter.xhtml?id=" + matter.id(), By.id("caption"));
      c.windowWidth(1000);
      assertTrue(
          Boolean.TRUE.equals(
              c.script(
                  "var s = document.querySelectorAll('.pc-grid > section');"
                      + " var a = s[0].getBoundingClientRect(), b = s[1].getBoundingClientRect();"
                      + " var labels = Array.from(s[0].querySelectorAll('.pc-claim-label'))"
                      + ".every(l => l.getBoundingClientRect().right <= a.right + 1);"
                      + " return labels && (a.right <= b.left + 1 || a.bottom <= b.top + 1);")),
          "claim labels overlap the documents table at 1000 px");

      // The mark dialog, opened from the keyboard on the complaint, whose passages panel is
      // beside its text on screen.
      open(c, "document.xhtml?id=" + complaint, By.cssSelector(".pc-page"));
      c.windowWidth(1000);
      c.document().awaitPage(1);
      assertTrue(
          Boolean.TRUE.equals(
              c.script(
                  "var s = document.querySelector('.pc-side').getBoundingClientRect();"
                      + " var v = document.getElementById('viewer').getBoundingClientRect();"
                      + " return s.left >= v.right - 1 && s.top < window.innerHeight;")),
          "the complaint's passages panel is beside its text, on screen, at 1000 px");
      c.keys("]");
      c.until(d -> c.script("return window.Pincite.viewer.selection()") != null);
      c.keys("s");
      c.until(d -> "pc-claim-filter".equals(d.switchTo().activeElement().getAttribute("id")));
      assertFalse(c.scrollsSideways(), "the mark dialog at 1000 px: " + c.widerThanTheWindow());
      c.assertAccessible("document.xhtml with the mark dialog");
      c.keys(Keys.ESCAPE);
      c.gone(By.id("mark:save"));

      // The passages behind a count, opened in place on the claims page.
      open(c, "claims.xhtml?matter=" + matter.id(), By.cssSelector(".pc-claims-table"));
      WebElement count =
          c.driver()
              .findElement(
                  By.xpath(
                      "//tr[.//*[contains(normalize-space(.), \""
                          + PROMISE
                          + "\")]]//a[contains(@class,'pc-count-supporting')]"));
      count.click();
      c.until(
          d ->
              d.findElement(By.id("passagesDialog")).isDisplayed()
                  && !d.findElements(By.id("passages-title")).isEmpty());
      assertTrue(c.driver().findElement(By.id("passagesDialog")).getText().contains("Musk"));
      assertFalse(c.scrollsSideways(), "the passages dialog: " + c.widerThanTheWindow());
      c.assertAccessible("claims.xhtml with a count's passages open");
    }
  }

  @Test
  void theAdministratorsPagesFitAndAreAccessible() {
    try (Chromium c = new Chromium()) {
      c.signInAt("users.xhtml", Api.ADMIN, Api.ADMIN_PASSWORD);
      c.shown(By.cssSelector("main"));
      fitsAndIsAccessible(c, "users.xhtml");
      open(c, "matters.xhtml", By.cssSelector("main"));
      fitsAndIsAccessible(c, "matters.xhtml as an administrator (with the new matter form)");
      open(c, "matter.xhtml?id=" + matter.id(), By.id("caption"));
      fitsAndIsAccessible(c, "matter.xhtml as an administrator");
    }
  }

  @Test
  void aViewerIsOfferedNoRetryAndTheChronologysClaimFilterIsTheIndentedTree() {
    // A file that fails to be read: a paralegal may read it again, a viewer may not.
    long broken =
        matter.upload(
            "broken-fiction.pdf",
            "%PDF-1.4\nnot really a PDF: fiction for the test\n".getBytes(StandardCharsets.UTF_8),
            "EVIDENCE",
            "OTHER");
    matter.admin().awaitExtraction(matter.id());
    String status =
        Api.object(matter.paralegal().get("api/documents/" + broken))
            .getJsonObject("document")
            .getString("status");
    assertTrue(List.of("FAILED", "NEEDS_OCR").contains(status), status);
    try (Chromium c = Chromium.paralegalOf(matter)) {
      c.matter().open(matter.id()).awaitCaption(CAPTION);
      c.until(d -> c.matter().rowText("broken-fiction.pdf").contains("Retry"));
    }
    try (Chromium c = new Chromium()) {
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.viewerName(), TestMatter.PASSWORD);
      c.matter().awaitCaption(CAPTION);
      String row = c.until(d -> c.matter().rowText("broken-fiction.pdf"));
      assertFalse(row.isEmpty());
      assertFalse(row.contains("Retry"), "a viewer is offered no Retry: " + row);
      assertTrue(c.driver().findElements(By.id("documents:bulk-remove")).isEmpty());

      // The chronology's claim filter: the claims in tree order, elements indented.
      open(c, "chronology.xhtml?matter=" + matter.id(), By.id("chronology:claim"));
      @SuppressWarnings("unchecked")
      List<String> options =
          (List<String>)
              c.script(
                  "return Array.from(document.querySelectorAll('[id=\"chronology:claim_input\"] option'))"
                      + ".slice(1).map(o => o.textContent)");
      List<JsonObject> tree =
          Api.array(matter.paralegal().get("api/matters/" + matter.id() + "/claims"))
              .getValuesAs(JsonObject.class);
      assertEquals(tree.size(), options.size(), options.toString());
      for (int i = 0; i < tree.size(); i++) {
        JsonObject claim = tree.get(i);
        String option = options.get(i);
        assertTrue(option.endsWith(claim.getString("label")), option + " / " + claim);
        assertTrue(
            option.startsWith("\u2003".repeat(claim.getInt("depth")))
                && !option.startsWith("\u2003".repeat(claim.getInt("depth") + 1)),
            "indented to depth " + claim.getInt("depth") + ": '" + option + "'");
      }
    }
  }
}
