package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in, the matters list and the matter page in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class MatterPageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-browser-it");
  }

  @ArquillianResource URL base;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  private void signIn(String user, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:signin")).click();
  }

  @Test
  void aParalegalSignsInSeesOnlyTheirMatterWithItsClaimsTreeAndSignsOut() {
    browser.get(base + "matters.xhtml");
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
    Cookie before = browser.manage().getCookieNamed("JSESSIONID");
    signIn("paralegal", Api.DEMO_PASSWORD);

    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Musk v. Altman et al.")));
    Cookie after = browser.manage().getCookieNamed("JSESSIONID");
    assertNotEquals(before.getValue(), after.getValue(), "a new session id after sign-in");
    assertTrue(after.isHttpOnly());
    assertFalse(browser.getPageSource().contains("Open Artificial Intelligence"), "the other matter is not listed");
    assertEquals("paralegal", browser.findElement(By.id("signed-in-as")).getText());
    link.click();

    wait.until(ExpectedConditions.textToBe(By.id("caption"), "Musk v. Altman et al."));
    assertTrue(browser.findElement(By.cssSelector(".pc-meta")).getText().contains("CGC-24-612746"));
    assertTrue(browser.findElement(By.id("parties")).getText().contains("Elon Musk"));
    List<String> claims = browser.findElements(By.cssSelector("#claims\\:tree .pc-claim-label")).stream().map(WebElement::getText).toList();
    assertTrue(claims.stream().anyMatch(c -> c.toLowerCase().contains("breach of contract")), claims.toString());
    assertTrue(claims.stream().anyMatch(c -> c.toLowerCase().contains("for-profit")), claims.toString());
    List<WebElement> nested = browser.findElements(By.cssSelector("#claims\\:tree .ui-treenode-children .pc-claim-label"));
    assertTrue(nested.size() >= 5, "elements below counts and defences: " + nested.size());
    assertTrue(browser.findElements(By.cssSelector("#documents\\:list tbody tr")).size() >= 4, "the complaint and the emails are listed");
    assertTrue(browser.findElement(By.id("documents:list")).getText().contains("Extracted"));
    assertEquals("Musk v. Altman et al. · Pincite", browser.getTitle());

    browser.findElement(By.id("account:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    browser.get(base + "matters.xhtml");
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "signed out: " + browser.getCurrentUrl());
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndAnotherMattersPageIsNotFound() {
    browser.get(base + "matters.xhtml");
    signIn("paralegal", "wrong-password-123");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "wrong"));
    browser.findElement(By.id("login:username")).clear();
    signIn("paralegal", Api.DEMO_PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Musk v. Altman et al.")));
    long second = Api.admin(base).matterId(PinciteServerIT.SECOND_DOCKET);
    browser.get(base + "matter.xhtml?id=" + second);
    assertTrue(browser.getPageSource().contains("Not found"), browser.getPageSource());
    assertFalse(browser.getPageSource().contains("Open Artificial Intelligence"));
  }
}
