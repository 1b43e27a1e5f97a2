package org.pincite.web.browser.pages;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pincite.web.testing.Axe;
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

  public ImportsPage imports() {
    return new ImportsPage(this);
  }

  public ProductionsPage productions() {
    return new ProductionsPage(this);
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

  /**
   * Fails on the page's serious or critical accessibility violations (axe-core), naming the page.
   */
  public Chromium assertAccessible(String page) {
    List<String> violations = Axe.seriousViolations(driver);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          page
              + ": "
              + violations.size()
              + " serious accessibility violations:\n"
              + String.join("\n", violations));
    }
    return this;
  }

  /** Presses keys as a keyboard user does, on whatever has the focus. */
  public Chromium keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** The element with the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /**
   * Presses Tab until the focus is on an element {@code wanted} accepts (at most {@code max}
   * times); answers it.
   */
  public WebElement tabTo(String what, int max, Predicate<WebElement> wanted) {
    for (int i = 0; i < max; i++) {
      keys(Keys.TAB);
      for (int attempt = 0; attempt < 3; attempt++) {
        try {
          WebElement f = focused();
          if (wanted.test(f)) {
            return f;
          }
          break;
        } catch (StaleElementReferenceException e) {
          // an Ajax update redrew the focused element meanwhile: ask again
        }
      }
    }
    throw new AssertionError(what + " was not reached in " + max + " presses of Tab");
  }

  /** Sets the window's width (and a height) as a reader with a narrower screen has it. */
  public Chromium windowWidth(int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    return this;
  }

  /** Whether the page scrolls sideways: its content is wider than the window. */
  public boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        script(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"));
  }

  /** The elements wider than the window, for a failure message. */
  public String widerThanTheWindow() {
    return String.valueOf(
        script(
            "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > w + 1 && e.offsetParent !== null)"
                + ".slice(-6).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"));
  }

  /** Waits (up to 30 s) until {@code condition} answers something other than null or false. */
  public <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** Waits until the element is shown; answers it. */
  public WebElement shown(By by) {
    return visible(by);
  }

  /** Waits until the element is hidden or gone. */
  public void gone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
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
