package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The matters list and the matter page in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class MatterPageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-browser-it");
  }

  @ArquillianResource URL base;
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void fromTheMattersListTheDemoMatterShowsItsPartiesClaimsTreeAndDocuments() {
    browser.get(base.toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Musk v. Altman et al.")));
    link.click();
    wait.until(ExpectedConditions.textToBe(By.id("caption"), "Musk v. Altman et al."));
    assertTrue(browser.findElement(By.cssSelector(".pc-meta")).getText().contains("CGC-24-612746"));
    assertTrue(browser.findElement(By.id("parties")).getText().contains("Elon Musk"));

    List<String> claims = browser.findElements(By.cssSelector("#claims\\:tree .pc-claim-label")).stream().map(WebElement::getText).toList();
    assertTrue(claims.stream().anyMatch(c -> c.toLowerCase().contains("breach of contract")), claims.toString());
    assertTrue(claims.stream().anyMatch(c -> c.toLowerCase().contains("for-profit")), claims.toString());
    // Elements are rendered inside their count: the tree is nested, not flat.
    List<WebElement> nested = browser.findElements(By.cssSelector("#claims\\:tree .ui-treenode-children .pc-claim-label"));
    assertTrue(nested.size() >= 5, "elements below counts and defences: " + nested.size());

    List<WebElement> rows = browser.findElements(By.cssSelector("#documents\\:list tbody tr"));
    assertTrue(rows.size() >= 4, "the complaint and the emails are listed");
    assertTrue(browser.findElement(By.id("documents:list")).getText().contains("Extracted"));
    assertEquals("Musk v. Altman et al. · Pincite", browser.getTitle());
  }

  @Test
  void anUnknownMatterIsNotFound() {
    browser.get(base.toString() + "matter.xhtml?id=999999999");
    assertTrue(browser.getPageSource().contains("Not found"), browser.getPageSource());
  }
}
