package org.pincite.web.browser.pages;

import org.openqa.selenium.By;

/** {@code history.xhtml?document=…}: the audit trail of a document and its passages. */
public final class HistoryPage {
  private final Chromium c;

  HistoryPage(Chromium c) {
    this.c = c;
  }

  public HistoryPage open(long documentId) {
    c.go("history.xhtml?document=" + documentId);
    c.visible(By.id("revisions"));
    return this;
  }

  public String revisions() {
    return c.driver.findElement(By.id("revisions")).getText();
  }

  public String title() {
    return c.driver.findElement(By.id("history-title")).getText();
  }
}
