package org.pincite.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dialog that says what a document is: title, short cite name, date, kind, type, … */
public final class DetailsDialog {
  private final Chromium c;

  DetailsDialog(Chromium c) {
    this.c = c;
  }

  DetailsDialog await() {
    c.visible(By.id("describe:saveDetails"));
    return this;
  }

  /** Replaces the short cite name. */
  public DetailsDialog shortCite(String name) {
    return type("describe:shortCite", name);
  }

  /** Chooses the type by its label (Case, Statute, …). */
  public DetailsDialog type(String label) {
    new org.openqa.selenium.support.ui.Select(c.driver.findElement(By.id("describe:type")))
        .selectByVisibleText(label);
    return this;
  }

  private DetailsDialog type(String id, String text) {
    WebElement field = c.visible(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Saves; the page reloads with the new details. */
  public DocumentPage save() {
    WebElement title = c.driver.findElement(By.id("document-title"));
    c.driver.findElement(By.id("describe:saveDetails")).click();
    c.wait.until(ExpectedConditions.stalenessOf(title));
    return new DocumentPage(c).awaitPage(1);
  }
}
