package org.pincite.web.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The testimony panel beside a transcript in {@code document.xhtml}: how it is cited, the exhibits
 * its testimony names, and the designations, with the form that makes and changes them.
 */
public final class TestimonyPanel {
  private final Chromium c;

  TestimonyPanel(Chromium c) {
    this.c = c;
  }

  /** "Roe Dep.", as the panel says the transcript is cited. */
  public String citeName() {
    return c.visible(By.id("testimony-cite")).getText();
  }

  /** The exhibits named in the testimony, as listed ("Exhibit 14 at 4:3: Widget contract"). */
  public List<String> exhibits() {
    return c.driver.findElements(By.cssSelector("#exhibit-list .pc-exhibit-named")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Follows the link of the first exhibit listed to its document. */
  public DocumentPage openFirstExhibit() {
    c.clickable(By.cssSelector("#exhibit-list a.pc-exhibit-link")).click();
    c.wait.until(ExpectedConditions.urlContains("document.xhtml"));
    return c.document().awaitPage(1);
  }

  /** The designations listed, each row's text, in order. */
  public List<String> designations() {
    return c.driver.findElements(By.cssSelector("#designation-list .pc-designation-row")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until some listed designation's row holds all of {@code words}; answers its text. */
  public String awaitDesignation(String... words) {
    return c.until(
        d ->
            designations().stream()
                .filter(t -> List.of(words).stream().allMatch(t::contains))
                .findFirst()
                .orElse(null));
  }

  /** Fills From and To with the lines the selection in the text touches (the panel's button). */
  public TestimonyPanel useTheSelection() {
    c.clickable(By.id("designate-selection")).click();
    return this;
  }

  public String from() {
    return c.driver.findElement(By.id("designations:from")).getAttribute("value");
  }

  public String to() {
    return c.driver.findElement(By.id("designations:to")).getAttribute("value");
  }

  /** Sets the form's fields that are not null, leaving the others as they are. */
  public TestimonyPanel fill(
      String party, String kind, String from, String to, String objection, String ruling) {
    if (party != null) {
      new Select(c.driver.findElement(By.id("designations:party"))).selectByValue(party);
    }
    if (kind != null) {
      new Select(c.driver.findElement(By.id("designations:kind"))).selectByVisibleText(kind);
    }
    type("designations:from", from);
    type("designations:to", to);
    type("designations:objection", objection);
    type("designations:ruling", ruling);
    return this;
  }

  private void type(String id, String text) {
    if (text != null) {
      WebElement field = c.driver.findElement(By.id(id));
      field.clear();
      field.sendKeys(text);
    }
  }

  /** Saves the form and waits until the form came back (its fields emptied on success). */
  public TestimonyPanel save() {
    WebElement button = c.clickable(By.id("designations:saveDesignation"));
    button.click();
    c.wait.until(ExpectedConditions.stalenessOf(button));
    return this;
  }

  /** The messages above the list (what was saved, or why not). */
  public String messages() {
    return c.present(By.id("designations:designationMessages")).getText();
  }

  /** Loads the designation in row {@code index} (from 0) into the form, to object or rule. */
  public TestimonyPanel objectOrRule(int index) {
    WebElement link = rowLink(index, "pc-designation-edit");
    link.click();
    c.wait.until(ExpectedConditions.stalenessOf(link));
    c.wait.until(d -> !from().isEmpty());
    return this;
  }

  /** Deletes the designation in row {@code index}; waits until the list has one row fewer. */
  public TestimonyPanel delete(int index) {
    int before = designations().size();
    rowLink(index, "pc-designation-delete").click();
    c.wait.until(d -> designations().size() == before - 1);
    return this;
  }

  /**
   * Marks the designation in row {@code index} as a passage supporting the claim labelled {@code
   * claim}; the page reloads with the passage.
   */
  public void markAsPassage(int index, String claim) {
    rowLink(index, "pc-designation-passage").click();
    WebElement dialog = c.visible(By.id("designationPassageDialog"));
    dialog
        .findElement(
            By.xpath(
                ".//label[contains(normalize-space(.), '"
                    + claim
                    + "')]/preceding-sibling::input[@type='checkbox'] | .//td[label[contains(normalize-space(.), '"
                    + claim
                    + "')]]/input[@type='checkbox']"))
        .click();
    c.driver.findElement(By.id("designationPassage:savePassage")).click();
    c.wait.until(ExpectedConditions.stalenessOf(dialog));
  }

  /** Exports the designations as CSV (the browser downloads the file). */
  public TestimonyPanel exportCsv() {
    c.clickable(By.id("designations-csv")).click();
    return this;
  }

  /** Imports a designation CSV through the panel's upload field. */
  public TestimonyPanel importCsv(Path csv) {
    c.driver
        .findElement(By.cssSelector("#designationImport\\:csv input[type=file]"))
        .sendKeys(csv.toString());
    return this;
  }

  private WebElement rowLink(int index, String linkClass) {
    return c.clickable(
        By.cssSelector(
            "#designation-list .pc-designation-row:nth-child(" + (index + 1) + ") a." + linkClass));
  }
}
