package org.pincite.web.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pincite.web.testing.Browser;

/** {@code claims.xhtml?matter=…}: the claims tree with its evidence counts, and drafting. */
public final class ClaimsPage {
  private final Chromium c;

  ClaimsPage(Chromium c) {
    this.c = c;
  }

  public ClaimsPage open(long matterId) {
    c.go("claims.xhtml?matter=" + matterId);
    c.visible(By.id("tree:claims"));
    return this;
  }

  /**
   * The panel before a motion, for moving party {@code party} (its name as listed): waits until its
   * "not yet proven" list is drawn and answers the panel's text.
   */
  public String motionReview(String party) {
    Select moving = new Select(c.visible(By.id("review:party")));
    moving.getOptions().stream()
        .filter(o -> o.getText().startsWith(party + " ("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no party " + party))
        .click();
    c.present(By.id("unproven-list"));
    return c.visible(By.id("motion-review")).getText();
  }

  private static By row(String label) {
    return By.xpath("//tr[.//span[normalize-space(.)=\"" + label + "\"]]");
  }

  /** A new count asserted by a party (chosen by the start of its name). */
  public ClaimsPage addCount(String label, String partyStart) {
    c.visible(By.id("add:label")).sendKeys(label);
    Browser.choose(c.driver, "add:party", "li[data-label^='" + partyStart + "']", partyStart);
    c.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("add:party_panel")));
    c.driver.findElement(By.id("add:addTop")).click();
    c.present(row(label));
    return this;
  }

  /** A new element below the claim labelled {@code parent}. */
  public ClaimsPage addBelow(String parent, String label) {
    awaitFormClosed();
    c.wait.until(
        d -> {
          d.findElement(row(parent)).findElement(By.cssSelector(".pc-add-below")).click();
          return true;
        });
    typeLabel(label);
    c.driver.findElement(By.id("claimForm:saveClaim")).click();
    awaitRowOrMessage(label);
    return this;
  }

  /**
   * Types into the dialog's label field once the dialog the click asked for is shown: the field is
   * replaced when the dialog is re-rendered, so the value is checked and typed again if it was
   * lost.
   */
  private void typeLabel(String label) {
    c.wait.until(
        d -> {
          WebElement field = c.visible(By.id("claimForm:claimLabel"));
          if (!label.equals(field.getAttribute("value"))) {
            field.clear();
            field.sendKeys(label);
          }
          return label.equals(d.findElement(By.id("claimForm:claimLabel")).getAttribute("value"));
        });
  }

  /** Waits for the claim's row; a message the page showed instead is the failure's reason. */
  private void awaitRowOrMessage(String label) {
    c.wait.until(
        d -> {
          if (!d.findElements(row(label)).isEmpty()) {
            return true;
          }
          for (WebElement error : d.findElements(By.cssSelector(".ui-messages-error"))) {
            if (error.isDisplayed() && !error.getText().isBlank()) {
              throw new AssertionError("the claims page said: " + error.getText());
            }
          }
          return false;
        });
  }

  public ClaimsPage moveUp(String label) {
    c.driver.findElement(row(label)).findElement(By.cssSelector(".pc-move-up")).click();
    return this;
  }

  public ClaimsPage rename(String label, String newLabel) {
    c.driver.findElement(row(label)).findElement(By.cssSelector(".pc-rewrite")).click();
    typeLabel(newLabel);
    c.driver.findElement(By.id("claimForm:saveClaim")).click();
    awaitRowOrMessage(newLabel);
    return this;
  }

  /** Nests the claim under the claim with this id (chosen in the form's list). */
  public ClaimsPage nestUnder(String label, long parentId) {
    awaitFormClosed();
    c.driver.findElement(row(label)).findElement(By.cssSelector(".pc-nest")).click();
    new Select(c.visible(By.id("claimForm:under"))).selectByValue(String.valueOf(parentId));
    c.driver.findElement(By.id("claimForm:saveClaim")).click();
    return this;
  }

  /** Waits until the claim's row is indented to {@code depth} (0 for counts and defences). */
  public ClaimsPage awaitDepth(String label, int depth) {
    c.wait.until(
        d ->
            d.findElement(row(label))
                .findElement(By.cssSelector(".pc-claim-cell"))
                .getAttribute("class")
                .contains("pc-depth-" + depth));
    return this;
  }

  /** The place of the claim's row in the table (-1 when absent). */
  public int rowIndex(String label) {
    List<WebElement> labels =
        c.driver.findElements(By.cssSelector("#tree\\:claims .pc-claim-label"));
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).getText().equals(label)) {
        return i;
      }
    }
    return -1;
  }

  public ClaimsPage awaitAbove(String upper, String lower) {
    c.wait.until(d -> rowIndex(upper) >= 0 && rowIndex(upper) < rowIndex(lower));
    return this;
  }

  /** The row of one claim, as its text reads. */
  public String rowText(String label) {
    return c.driver.findElement(row(label)).getText();
  }

  /**
   * Opens in place the passages behind one number of a claim's row ({@code pc-count-supporting},
   * {@code pc-count-refuting}, and {@code …-all} for those with the elements); answers the dialog's
   * text.
   */
  public String openCount(String label, String countClass) {
    c.driver.findElement(row(label)).findElement(By.cssSelector("a." + countClass)).click();
    c.wait.until(
        d ->
            d.findElement(By.id("passagesDialog")).isDisplayed()
                && !d.findElements(By.id("passages-title")).isEmpty());
    String text = c.visible(By.id("passagesDialog")).getText();
    c.driver.findElement(By.cssSelector("#passagesDialog .ui-dialog-titlebar-close")).click();
    c.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("passagesDialog")));
    return text;
  }

  /**
   * Clicks the link that exports the claim's evidence report in {@code format} ("pdf", "docx",
   * "csv"); the browser downloads it ({@link Chromium#allowDownloads}).
   */
  public ClaimsPage exportReport(String label, String format) {
    c.clickable(
            By.xpath(
                "//tr[.//span[normalize-space(.)='"
                    + label
                    + "']]//a[contains(@class,'pc-export-"
                    + format
                    + "')]"))
        .click();
    return this;
  }

  /** The claim's supporting count, as shown. */
  public int supportingCount(String label) {
    return Integer.parseInt(supportingLink(label).getText());
  }

  /** Opens the passages behind the supporting count and follows the link to one of them. */
  public DocumentPage openSupportingPassage(String label, long annotationId) {
    supportingLink(label).click();
    c.present(By.xpath("//a[contains(@href, 'passage=" + annotationId + "')]")).click();
    return c.document().awaitPage(1);
  }

  private WebElement supportingLink(String label) {
    return c.present(
        By.xpath(
            "//tr[.//span[normalize-space(.)='"
                + label
                + "']]//a[contains(@class,'pc-count-supporting')]"));
  }

  private void awaitFormClosed() {
    c.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claimForm:saveClaim")));
  }
}
