package org.pincite.web.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code facts.xhtml?matter=…}: the matter's facts table, its counts per claim, and the papers of a
 * motion (preview and downloads).
 */
public final class FactsPage {
  private final Chromium c;

  FactsPage(Chromium c) {
    this.c = c;
  }

  public FactsPage open(long matterId) {
    c.go("facts.xhtml?matter=" + matterId);
    return await();
  }

  FactsPage await() {
    c.wait.until(ExpectedConditions.textToBe(By.id("caption"), "Facts"));
    return this;
  }

  /** The text of each row of the facts table. */
  public List<String> rows() {
    return c.driver.findElements(By.cssSelector("[id='facts:table'] tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The status shown in the first row. */
  public String firstStatus() {
    return c.present(By.cssSelector("[id='facts:table'] tbody tr .pc-fact-status")).getText();
  }

  /** Marks the first fact still not undisputed as undisputed, and waits for the table to say so. */
  public FactsPage markFirstUndisputed() {
    c.clickable(By.cssSelector("[id='facts:table'] .pc-mark-undisputed")).click();
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[id='facts:table'] tbody tr .pc-fact-status"), "Undisputed"));
    return this;
  }

  /**
   * Changes the first row's date by keyboard only: Tab to its pencil, Enter (the focus is then on
   * the date), type it, Enter to save; waits until the row shows {@code shown} and the focus is
   * back on its pencil.
   */
  public FactsPage retypeFirstDateByKeyboard(String typed, String shown) {
    c.tabTo(
        "the first fact's pencil",
        80,
        e -> String.valueOf(e.getAttribute("class")).contains("ui-row-editor-pencil"));
    c.keys(Keys.ENTER);
    // The row opens with the focus on its first field, the date.
    WebElement date =
        c.wait.until(
            d -> {
              WebElement f = c.focused();
              return String.valueOf(f.getAttribute("aria-label")).startsWith("Date of fact")
                  ? f
                  : null;
            });
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
    c.keys(Keys.ENTER);
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[id='facts:table'] tbody tr:first-child td:nth-child(2)"), shown));
    // The table drawn anew, the focus is back on the row's pencil.
    c.wait.until(
        d -> String.valueOf(c.focused().getAttribute("class")).contains("ui-row-editor-pencil"));
    return this;
  }

  /** Opens the dialog on fact {@code number}'s claims and sources. */
  public FactsPage openClaimsAndSources(int number) {
    c.clickable(By.cssSelector("button[title='Claims and sources of fact " + number + "']"))
        .click();
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("links-fact"), "Fact " + number + ":"));
    return this;
  }

  /** In the dialog: adds element or count {@code label} with {@code stance} ("Supports"). */
  public FactsPage addClaim(String label, String stance) {
    Select claim = new Select(c.visible(By.id("links:newClaim")));
    claim.getOptions().stream()
        .filter(o -> o.getText().replaceFirst("^\u2014 ", "").equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + label))
        .click();
    new Select(c.driver.findElement(By.id("links:newClaimStance"))).selectByVisibleText(stance);
    c.clickable(By.id("links:addClaim")).click();
    c.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("links-claims"), label));
    return this;
  }

  /** In the dialog: the role ("Supports", "Disputes") of source {@code index} (from 0). */
  public FactsPage setSourceRole(int index, String role) {
    List<WebElement> sources =
        c.driver.findElements(By.cssSelector("#links-sources .pc-link-source"));
    new Select(sources.get(index).findElement(By.cssSelector("select.pc-link-role")))
        .selectByVisibleText(role);
    return this;
  }

  /** The dialog's sources, one text each. */
  public List<String> dialogSources() {
    return c.driver.findElements(By.cssSelector("#links-sources .pc-link-source")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Saves the dialog and waits until it has closed and the table is drawn anew. */
  public FactsPage saveClaimsAndSources() {
    WebElement table = c.present(By.cssSelector("[id='facts:table'] tbody"));
    c.clickable(By.id("links:saveLinks")).click();
    c.wait.until(ExpectedConditions.stalenessOf(table));
    c.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("linksDialog")));
    return this;
  }

  /** Opens fact {@code number}'s history from its row and answers the revisions' text. */
  public String history(int number) {
    c.clickable(By.cssSelector("a[title='History of fact " + number + "']")).click();
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("history-title"), "Fact " + number + ":"));
    return c.visible(By.id("revisions")).getText();
  }

  /** The counts per claim: each row "label supporting refuting". */
  public List<String> countsPerClaim() {
    return c.driver.findElements(By.cssSelector("#counts tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Shows the preview of the separate statement and answers its text. */
  public String preview() {
    c.clickable(By.id("statement:preview")).click();
    return c.visible(By.id("preview-panel")).getText();
  }

  /** Starts the download of the moving party's separate statement as DOCX. */
  public void downloadSeparateStatementDocx() {
    c.clickable(By.id("statement:ss-docx")).click();
  }
}
