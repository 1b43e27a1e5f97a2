package org.pincite.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dialog that marks (or changes) a passage: stance, the claims it bears on, a note. */
public final class MarkDialog {
  private final Chromium c;

  MarkDialog(Chromium c) {
    this.c = c;
  }

  MarkDialog await() {
    c.visible(By.id("mark:save"));
    return this;
  }

  public boolean isOpen() {
    return c.driver.findElement(By.id("mark:save")).isDisplayed();
  }

  /** Whether the stance SUPPORTS, REFUTES or CONTEXT is the one chosen. */
  public boolean stanceIs(String stance) {
    return c.driver
        .findElement(By.cssSelector("#mark\\:stance input[value=" + stance + "]"))
        .isSelected();
  }

  /** Chooses a stance by its label: Supports, Refutes, Context. */
  public MarkDialog stance(String label) {
    c.driver
        .findElement(
            By.xpath("//div[@id='mark:stance']//label[normalize-space(.)='" + label + "']"))
        .click();
    return this;
  }

  /** Ticks the claim of this label (left ticked when it already is). */
  public MarkDialog tick(String claimLabel) {
    WebElement l =
        c.visible(
            By.xpath(
                "//table[contains(@class,'pc-claim-choices')]//label[contains(normalize-space(.), \""
                    + claimLabel
                    + "\")]"));
    WebElement box = c.driver.findElement(By.id(l.getAttribute("for")));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** The lines the passage will cite ("Lines 3:25–4:2"), on a transcript or pleading paper. */
  public String lines() {
    return c.visible(By.id("dialog-lines")).getText();
  }

  /** Replaces the note. */
  public MarkDialog note(String text) {
    WebElement note = c.visible(By.id("mark:note"));
    note.clear();
    note.sendKeys(text);
    return this;
  }

  public String noteValue() {
    return c.driver.findElement(By.id("mark:note")).getAttribute("value");
  }

  /** Saves and waits for the dialog to close. */
  public void save() {
    c.driver.findElement(By.id("mark:save")).click();
    c.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark:save")));
  }

  /** Saves where the save is refused: answers the error shown in the dialog, which stays open. */
  public String saveRefused() {
    c.driver.findElement(By.id("mark:save")).click();
    return c.visible(By.cssSelector("#mark\\:markMessages .ui-messages-error")).getText();
  }
}
