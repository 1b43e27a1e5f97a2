package org.pincite.web.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code productions.xhtml?matter=…}: a matter's productions and the form that makes one. */
public final class ProductionsPage {
  private final Chromium c;

  ProductionsPage(Chromium c) {
    this.c = c;
  }

  ProductionsPage await() {
    c.wait.until(ExpectedConditions.textToBe(By.id("caption"), "Productions"));
    return this;
  }

  public ProductionsPage name(String name, String prefix) {
    type("produce:name", name);
    type("produce:prefix", prefix);
    return this;
  }

  private void type(String id, String text) {
    var field = c.clickable(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String row(String title) {
    return "//table[contains(@id,'documents')]//tr[td/label[normalize-space(.)=\"" + title + "\"]]";
  }

  /** Ticks the document to produce it (by the keyboard: Space on the focused box). */
  public ProductionsPage include(String title, String endorsement) {
    var box = c.driver.findElement(By.xpath(row(title) + "//input[contains(@id,':include')]"));
    box.sendKeys(" ");
    new Select(
            c.driver.findElement(By.xpath(row(title) + "//select[contains(@id,':endorsement')]")))
        .selectByVisibleText(endorsement);
    return this;
  }

  /** Presses Preview and answers the numbering table's text. */
  public String preview() {
    c.clickable(By.id("produce:preview")).click();
    return c.shown(By.id("produce:preview-table")).getText();
  }

  /**
   * Presses Make and waits until the made table shows the production done; answers the table's text
   * then (the poll redraws the table while it is read: a stale read is tried again).
   */
  public String makeAndAwait(String name) {
    c.clickable(By.id("produce:run")).click();
    return new WebDriverWait(c.driver, Duration.ofSeconds(120))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String table = d.findElement(By.id("produce:productions")).getText();
              boolean done =
                  table.contains(name)
                      && table.contains("DONE")
                      && !d.findElements(By.className("pc-volume-link")).isEmpty();
              return done ? table : null;
            });
  }

  public void downloadVolume() {
    c.clickable(By.className("pc-volume-link")).click();
  }
}
