package org.pincite.web.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its own chromedriver; Selenium is never allowed to download a
 * browser or a driver (docs/stack-notes.md, "Selenium without downloads").
 */
public final class Browser {
  private static final String CHROMIUM =
      System.getProperty("pincite.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("pincite.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  public static ChromeDriver start() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver");
    }
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1400,1000",
          "--lang=en-US",
          "--user-data-dir=" + Files.createTempDirectory("pincite-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException("Could not create a profile directory for Chromium", e);
    }
  }

  /**
   * Picks an item of a PrimeFaces select menu as a user does, and makes sure it took: on a busy
   * machine a click can land while the menu is still opening, so it is tried again until the menu's
   * label shows the choice.
   */
  public static void choose(WebDriver browser, String menuId, String itemCss, String labelStart) {
    ((JavascriptExecutor) browser).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
    String escaped = menuId.replace(":", "\\:");
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        browser.findElement(By.id(menuId)).click();
        WebElement item =
            new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#" + escaped + "_items " + itemCss)));
        // A menu near the window's edge may open under the page header: the item is clicked
        // where it is.
        ((JavascriptExecutor) browser)
            .executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", item);
        new WebDriverWait(browser, Duration.ofSeconds(3))
            .until(d -> d.findElement(By.id(menuId + "_label")).getText().startsWith(labelStart));
        return;
      } catch (TimeoutException | StaleElementReferenceException e) {
        // the menu did not open (a click while the page was busy) or the choice did not take:
        // close whatever opened and choose again
        ((JavascriptExecutor) browser).executeScript("document.body.click();");
      }
    }
    throw new AssertionError(menuId + " did not take '" + labelStart + "'");
  }
}
