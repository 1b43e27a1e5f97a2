package org.pincite.web.browser.pages;

import org.openqa.selenium.By;

/** {@code matters.xhtml}: the caller's matters, and (administrators) a form to open one. */
public final class MattersPage {
  private final Chromium c;

  MattersPage(Chromium c) {
    this.c = c;
  }

  public MattersPage open() {
    c.go("matters.xhtml");
    return this;
  }

  public String signedInAs() {
    return c.present(By.id("signed-in-as")).getText();
  }

  /** Opens the matter listed under this caption. */
  public MatterPage openMatter(String caption) {
    c.clickable(By.linkText(caption)).click();
    return c.matter().awaitCaption(caption);
  }

  /** Opens a new matter through the form; plaintiffs and defendants one per line. */
  public MatterPage openNewMatter(
      String caption, String court, String docket, String plaintiffs, String defendants) {
    c.visible(By.id("open:caption")).sendKeys(caption);
    c.driver.findElement(By.id("open:court")).sendKeys(court);
    c.driver.findElement(By.id("open:docket")).sendKeys(docket);
    c.driver.findElement(By.id("open:plaintiffs")).sendKeys(plaintiffs);
    c.driver.findElement(By.id("open:defendants")).sendKeys(defendants);
    c.driver.findElement(By.id("open:submit")).click();
    return c.matter().awaitCaption(caption);
  }
}
