package org.pincite.web.browser.pages;

import org.openqa.selenium.By;

/** {@code chronology.xhtml?matter=…}: the matter's dated documents and passages on a timeline. */
public final class ChronologyPage {
  private final Chromium c;

  ChronologyPage(Chromium c) {
    this.c = c;
  }

  public ChronologyPage open(long matterId) {
    c.go("chronology.xhtml?matter=" + matterId);
    c.present(By.cssSelector("svg.pc-timeline"));
    return this;
  }

  public int documentsOnTheTimeline() {
    return c.driver.findElements(By.cssSelector("svg.pc-timeline .pc-tl-document")).size();
  }

  public int factsOnTheTimeline() {
    return c.driver.findElements(By.cssSelector("svg.pc-timeline .pc-tl-fact")).size();
  }

  public String entries() {
    return c.driver.findElement(By.id("chronology:entries")).getText();
  }
}
