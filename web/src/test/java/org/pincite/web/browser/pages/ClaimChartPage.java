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

  /** Opens the chart of a matter. */
  public ClaimChartPage open(long matterId) {
    c.go("claim-chart.xhtml?matter=" + matterId);
    return await();
  }

  /** The row of one claim or element, as its text reads. */
  public String row(String label) {
    return c.driver
        .findElement(By.xpath("//tr[.//span[normalize-space(.)=\"" + label + "\"]]"))
        .getText();
  }

  public String chart() {
    return c.driver.findElement(By.id("chart")).getText();
  }

  public void exportPdf() {
    c.driver.findElement(By.id("export-pdf")).click();
  }
}
