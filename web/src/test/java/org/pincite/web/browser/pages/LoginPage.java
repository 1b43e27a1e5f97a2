package org.pincite.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code login.xhtml}: where every signed-out visitor lands. */
public final class LoginPage {
  private final Chromium c;

  LoginPage(Chromium c) {
    this.c = c;
  }

  public boolean isShown() {
    return c.url().contains("login.xhtml");
  }

  /** Signs in and waits for the page asked for, which shows who is signed in. */
  public void signIn(String username, String password) {
    type(username, password);
    c.present(By.id("signed-in-as"));
  }

  /** Signs in with a password that is refused: answers the message shown. */
  public String signInRefused(String username, String password) {
    type(username, password);
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "wrong"));
    return c.driver.findElement(By.id("login:messages")).getText();
  }

  private void type(String username, String password) {
    WebElement name = c.visible(By.id("login:username"));
    name.clear();
    name.sendKeys(username);
    c.driver.findElement(By.id("login:password")).sendKeys(password);
    c.driver.findElement(By.id("login:signin")).click();
  }
}
