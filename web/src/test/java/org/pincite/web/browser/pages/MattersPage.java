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

  /**
   * Restores the matter archive {@code file} through the form (under {@code docket}, or the
   * archive's own when null) and waits until the import is RESTORED or REFUSED; answers which.
   */
  public String restoreArchive(java.nio.file.Path file, String docket) {
    c.present(By.cssSelector("#import input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    if (docket != null) {
      c.driver.findElement(By.id("import:import-docket")).sendKeys(docket);
    }
    c.driver.findElement(By.id("import:import-submit")).click();
    return c.until(
        d -> {
          String state =
              d.findElements(By.id("import-state")).stream()
                  .map(org.openqa.selenium.WebElement::getText)
                  .findFirst()
                  .orElse("");
          return state.equals("RESTORED") || state.equals("REFUSED") ? state : null;
        });
  }

  /** The problems that refused the last import, one a line. */
  public java.util.List<String> importProblems() {
    return c.driver.findElements(By.cssSelector("#import-problems li")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  /** Follows the link to the matter the last import restored. */
  public MatterPage openRestoredMatter(String caption) {
    c.clickable(By.id("import-status-form:import-matter-link")).click();
    return c.matter().awaitCaption(caption);
  }
}
