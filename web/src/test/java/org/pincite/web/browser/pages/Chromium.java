package org.pincite.web.browser.pages;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pincite.web.testing.Browser;
import org.pincite.web.testing.TestMatter;
import org.pincite.web.testing.TestServer;

/**
 * One reader's headless Chromium on the test server, from which the page objects are reached. Pages
 * re-render parts of themselves by Ajax: waits ignore an element that went stale meanwhile.
 */
public final class Chromium implements AutoCloseable {
  final ChromeDriver driver = Browser.start();
  final FluentWait<org.openqa.selenium.WebDriver> wait =
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .ignoring(StaleElementReferenceException.class);
  final URL base = TestServer.url();

  /** A Chromium signed in as the test matter's paralegal, on the matters page. */
  public static Chromium paralegalOf(TestMatter matter) {
    Chromium c = new Chromium();
    c.signInAt("matters.xhtml", matter.paralegalName(), TestMatter.PASSWORD);
    return c;
  }

  /** Opens a page of the application by its path ({@code matters.xhtml}, ...). */
  public Chromium go(String path) {
    driver.get(base + path);
    return this;
  }

  /** Opens {@code path}, which sends the signed-out to the sign-in page, and signs in there. */
  public Chromium signInAt(String path, String username, String password) {
    go(path);
    login().signIn(username, password);
    return this;
  }

  public LoginPage login() {
    return new LoginPage(this);
  }

  public MattersPage matters() {
    return new MattersPage(this);
  }

  public MatterPage matter() {
    return new MatterPage(this);
  }

  public DocumentPage document() {
    return new DocumentPage(this);
  }

  public ClaimsPage claims() {
    return new ClaimsPage(this);
  }

  public SearchPage search() {
    return new SearchPage(this);
  }

  public ClaimChartPage claimChart() {
    return new ClaimChartPage(this);
  }

  public ChronologyPage chronology() {
    return new ChronologyPage(this);
  }

  public HistoryPage history() {
    return new HistoryPage(this);
  }

  public FactsPage facts() {
    return new FactsPage(this);
  }

  private java.nio.file.Path downloads;

  /** Lets the browser save downloads into a fresh folder of its own; answers it. */
  public java.nio.file.Path allowDownloads() throws java.io.IOException {
    downloads = java.nio.file.Files.createTempDirectory("pincite-downloads");
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return downloads;
  }

  /** Waits until a file ending in {@code extension} ("pdf", "docx") is downloaded; its bytes. */
  public byte[] awaitDownload(String extension) {
    java.nio.file.Path file =
        wait.until(
            d -> {
              try (java.util.stream.Stream<java.nio.file.Path> files =
                  java.nio.file.Files.list(downloads)) {
                return files
                    .filter(f -> f.toString().endsWith("." + extension))
                    .findFirst()
                    .orElse(null);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    try {
      return java.nio.file.Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The driver itself, for what no page object says (cookies, downloads, the page's source). */
  public ChromeDriver driver() {
    return driver;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  public String source() {
    return driver.getPageSource();
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  WebElement present(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
