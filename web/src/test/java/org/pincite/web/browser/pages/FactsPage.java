package org.pincite.web.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
