package org.pincite.web.browser.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code imports.xhtml?matter=…}: a matter's received productions: upload a volume, its validation
 * report, its field mapping, commit or cancel.
 */
public final class ImportsPage {
  private final Chromium c;

  ImportsPage(Chromium c) {
    this.c = c;
  }

  public ImportsPage open(long matterId) {
    c.go("imports.xhtml?matter=" + matterId);
    c.wait.until(ExpectedConditions.textToBe(By.id("caption"), "Received productions"));
    return this;
  }

  /** Chooses the volume's ZIP in the upload field (it is sent at once). */
  public ImportsPage upload(Path zip) {
    c.driver
        .findElement(By.cssSelector("#upload\\:volume-file input[type=file]"))
        .sendKeys(zip.toString());
    return this;
  }

  /** Waits until the volume shown has {@code status} (VALIDATED, IMPORTED, …). */
  public ImportsPage awaitStatus(String status, int seconds) {
    new WebDriverWait(c.driver, Duration.ofSeconds(seconds))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                !d.findElements(By.id("status")).isEmpty()
                    && status.equals(d.findElement(By.id("status")).getAttribute("data-status")));
    return this;
  }

  public String status() {
    return c.driver.findElement(By.id("status")).getText();
  }

  public String encoding() {
    return c.driver.findElement(By.id("encoding")).getText();
  }

  /** The validation report as its table reads. */
  public String report() {
    return c.driver.findElement(By.id("report:problems")).getText();
  }

  /** Chooses what the load file's {@code fileField} is read as ("" to keep it as written). */
  public ImportsPage map(String fileField, String ourField) {
    new Select(
            c.driver.findElement(
                By.cssSelector("select[aria-label=\"Read " + fileField + " as\"]")))
        .selectByValue(ourField);
    return this;
  }

  /** Reaches the Commit button with Tab and presses Enter, as a keyboard user does. */
  public ImportsPage commitByKeyboard() {
    c.driver.findElement(By.id("report:remap")).sendKeys(Keys.SHIFT); // the focus near the buttons
    c.tabTo("Commit the volume", 5, e -> "report:commit".equals(e.getAttribute("id")));
    c.keys(Keys.ENTER);
    return this;
  }

  public String documents() {
    return c.driver.findElement(By.id("report:documents")).getText();
  }

  public String volumes() {
    return c.driver.findElement(By.id("volume-list")).getText();
  }
}
