package org.pincite.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of a page as it stands: axe-core (npm {@code axe-core} 4.14.1, in the
 * test resources) injected by Selenium and run on the whole document; its serious and critical
 * violations, one line each ("rule: help — where").
 */
public final class Axe {
  private static final String SOURCE = load();

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's serious and critical violations; empty when there are none. */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
      js.executeScript(SOURCE);
    }
    Object answer =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 4).map(function (n) {"
                + "      return n.target.join(' '); }).join(' | '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) answer;
  }
}
