package org.pincite.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code claim-chart.xhtml?matter=…}: every claim and element with its evidence for and against.
 */
public final class ClaimChartPage {
  private final Chromium c;

  ClaimChartPage(Chromium c) {
    this.c = c;
  }

  ClaimChartPage await() {
    c.wait.until(ExpectedConditions.textToBe(By.id("caption"), "Claim chart"));
    return this;
  }

  public String chart() {
    return c.driver.findElement(By.id("chart")).getText();
  }

  public void exportPdf() {
    c.driver.findElement(By.id("export-pdf")).click();
  }
}
