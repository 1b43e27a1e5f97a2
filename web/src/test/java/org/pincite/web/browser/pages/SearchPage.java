package org.pincite.web.browser.pages;

import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pincite.web.testing.Browser;

/** {@code search.xhtml?matter=…}: full-text search with filters, and evidence suggestions. */
public final class SearchPage {
  private final Chromium c;

  SearchPage(Chromium c) {
    this.c = c;
  }

  public SearchPage open(long matterId) {
    c.go("search.xhtml?matter=" + matterId);
    return await();
  }

  /** Waits for the page (after Back, say). */
  public SearchPage await() {
    c.visible(By.id("search:q"));
    return this;
  }

  public SearchPage search(String query) {
    c.visible(By.id("search:q")).sendKeys(query);
    c.driver.findElement(By.id("search:go")).click();
    firstHit();
    return this;
  }

  public WebElement firstHit() {
    return c.clickable(By.cssSelector("#search\\:hits a.pc-hit-link"));
  }

  /** The first hit's pin cite ("Roe Dep. 4:1"), as the hit shows it under its document. */
  public String firstHitCite() {
    return c.visible(By.cssSelector("#search\\:hits .pc-hit-cite")).getText();
  }

  /** The words in the search box. */
  public String query() {
    return c.driver.findElement(By.id("search:q")).getAttribute("value");
  }

  /** What the kind filter shows ("Any", "Evidence (3)"). */
  public String kindLabel() {
    return c.driver.findElement(By.id("search:kind_label")).getText();
  }

  public String total() {
    return c.driver.findElement(By.id("search:total")).getText();
  }

  /** The first word marked in the first hit's snippet. */
  public String firstMarkedWord() {
    return c.driver.findElement(By.cssSelector("#search\\:hits .pc-snippet mark")).getText();
  }

  /** Narrows by kind ("Evidence", "Filing") and waits for the new hits and the filter's count. */
  public SearchPage filterKind(String label) {
    WebElement before = firstHit();
    Browser.choose(c.driver, "search:kind", "li[data-label^='" + label + "']", label);
    // The menu shows its new label at once; the hits are new only once the form comes back.
    c.wait.until(ExpectedConditions.stalenessOf(before));
    c.wait.until(
        ExpectedConditions.textMatches(
            By.id("search:kind_label"), Pattern.compile(Pattern.quote(label) + " \\(\\d+\\)")));
    firstHit();
    return this;
  }

  /** Opens the first hit: the viewer at its page. */
  public DocumentPage openFirstHit() {
    firstHit().click();
    c.wait.until(ExpectedConditions.urlContains("document.xhtml"));
    return c.document();
  }

  /** Asks for suggestions for the claim of this label; answers the first one's document title. */
  public String suggestFor(String claimLabel) {
    c.clickable(By.id("search:suggest-claim"));
    Browser.choose(
        c.driver,
        "search:suggest-claim",
        "li[data-label='" + claimLabel + "']",
        claimLabel.substring(0, Math.min(20, claimLabel.length())));
    c.driver.findElement(By.id("search:suggest")).click();
    c.clickable(By.xpath("//button[.//span[text()='Mark as supporting']]"));
    return c.driver.findElement(By.cssSelector("#search\\:suggestions a.pc-hit-link")).getText();
  }

  /** Takes back the last one-click mark, and waits for the page to say so. */
  public SearchPage undoLastMark(String title) {
    c.clickable(By.id("search:undo-mark")).click();
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("search:messages"), "Unmarked " + title));
    return this;
  }

  /** The sentences the suggestions offer to mark. */
  public java.util.List<String> suggestedSentences() {
    return c.driver.findElements(By.cssSelector("#search\\:suggestions .pc-quote")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Marks the first suggestion as supporting, and waits for the page to say so. */
  public SearchPage markFirstSuggestionSupporting(String title) {
    c.clickable(By.xpath("//button[.//span[text()='Mark as supporting']]")).click();
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("search:messages"), "Marked " + title));
    return this;
  }

  /** The documents the hits are grouped under, top to bottom. */
  @SuppressWarnings("unchecked")
  public java.util.List<String> documents() {
    return (java.util.List<String>)
        c.script(
            "return Array.from(document.querySelectorAll('[id=\"search:hits\"] a.pc-hit-title'))"
                + ".map(a => a.innerText.trim())");
  }

  /** The row of the document titled {@code title}, read in one go: its pages and its "more". */
  @SuppressWarnings("unchecked")
  private java.util.Map<String, Object> group(String title) {
    return (java.util.Map<String, Object>)
        c.script(
            "var row = Array.from(document.querySelectorAll('[id=\"search:hits_data\"] > tr'))"
                + ".find(r => { var a = r.querySelector('a.pc-hit-title'); return a && a.innerText.trim() === arguments[0]; });"
                + " if (!row) return null;"
                + " var more = row.querySelector('.pc-hit-more');"
                + " return {pages: row.querySelectorAll('.pc-hit-page').length,"
                + " more: more ? more.innerText.trim() : '',"
                + " count: row.querySelector('.pc-hit-count').innerText.trim()};",
            title);
  }

  /** How many pages (or notes) are shown under the document. */
  public int pagesUnder(String title) {
    return ((Number) group(title).get("pages")).intValue();
  }

  /** The document's "N more in this document" ("" when all its hits are shown). */
  public String moreUnder(String title) {
    return (String) group(title).get("more");
  }

  /** The document's count of hits ("6 hits"). */
  public String hitCountOf(String title) {
    return (String) group(title).get("count");
  }

  /** Opens the document's "more" and waits until its hits are all shown under it. */
  public SearchPage openMore(String title) {
    int before = pagesUnder(title);
    c.clickable(
            By.xpath(
                "//tbody[@id='search:hits_data']/tr[.//a[contains(@class,'pc-hit-title')][normalize-space(.)=\""
                    + title
                    + "\"]]//a[contains(@class,'pc-hit-more')]"))
        .click();
    c.wait.until(d -> pagesUnder(title) > before && moreUnder(title).isEmpty());
    return this;
  }

  /**
   * The filter menus wider than the filters' column or reaching into the hits beside it (empty when
   * every one fits), for a failure message.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> filtersOutsideTheirColumn() {
    return (java.util.List<String>)
        c.script(
            "var column = document.querySelector('.pc-filters').getBoundingClientRect();"
                + " var hits = document.querySelector('.pc-results').getBoundingClientRect();"
                + " return Array.from(document.querySelectorAll('.pc-filters .ui-selectonemenu, .pc-filters input'))"
                + ".filter(m => { var r = m.getBoundingClientRect();"
                + " return r.right > column.right + 1 || r.right > hits.left || r.left < column.left - 1; })"
                + ".map(m => m.id + ' ' + Math.round(m.getBoundingClientRect().right) + ' > '"
                + " + Math.round(column.right));");
  }
}
