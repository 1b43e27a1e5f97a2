package org.pincite.web.browser.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code matter.xhtml?id=…}: a matter's parties, claims tree, documents and upload. */
public final class MatterPage {
  private final Chromium c;

  MatterPage(Chromium c) {
    this.c = c;
  }

  public MatterPage open(long matterId) {
    c.go("matter.xhtml?id=" + matterId);
    return this;
  }

  public MatterPage awaitCaption(String caption) {
    c.wait.until(ExpectedConditions.textToBe(By.id("caption"), caption));
    return this;
  }

  public String meta() {
    return c.driver.findElement(By.cssSelector(".pc-meta")).getText();
  }

  public String parties() {
    return c.driver.findElement(By.id("parties")).getText();
  }

  public List<String> claimLabels() {
    return texts("#claims\\:tree .pc-claim-label");
  }

  /** The labels of claims nested below counts and defences. */
  public List<String> nestedClaimLabels() {
    return texts("#claims\\:tree .ui-treenode-children .pc-claim-label");
  }

  public int documentRowCount() {
    return c.driver.findElements(By.cssSelector("#documents\\:list tbody tr")).size();
  }

  public String documentList() {
    return c.driver.findElement(By.id("documents:list")).getText();
  }

  /** The text of the document row naming {@code title} ("" while absent), read in one go. */
  @SuppressWarnings("unchecked")
  public String rowText(String title) {
    List<String> rows =
        (List<String>)
            c.script(
                "return Array.from(document.querySelectorAll('[id=\"documents:list\"] tbody tr')).map(r => r.innerText);");
    return rows.stream().filter(t -> t.contains(title)).findFirst().orElse("");
  }

  /** Chooses files in the upload field, as a user picking several in the dialog does. */
  public MatterPage upload(Path... files) {
    WebElement input = c.driver.findElement(By.cssSelector("#upload\\:files input[type=file]"));
    input.sendKeys(
        java.util.Arrays.stream(files).map(Path::toString).collect(Collectors.joining("\n")));
    return this;
  }

  /** Waits (up to {@code seconds}) until the row naming {@code title} shows {@code status}. */
  public MatterPage awaitRow(String title, String status, int seconds) {
    new WebDriverWait(c.driver, Duration.ofSeconds(seconds))
        .until(d -> rowText(title).contains(status));
    return this;
  }

  /** Waits until the upload list holds {@code files} rows; answers their texts, in order. */
  public List<String> awaitUploadResults(int files) {
    c.wait.until(d -> texts("#upload-list > li").size() == files);
    return texts("#upload-list > li");
  }

  /** The upload batch's summary line ("3 files: 2 added, 1 duplicate, 0 refused"). */
  public String uploadSummary() {
    return c.driver.findElement(By.id("upload-summary")).getText();
  }

  /** Clears the upload results and waits until they are gone. */
  public MatterPage clearUploads() {
    c.driver.findElement(By.id("upload:clear-uploads")).click();
    c.wait.until(d -> texts("#upload-list > li").isEmpty());
    return this;
  }

  /** The titles of the document list's rows, top to bottom. */
  public List<String> documentTitles() {
    return texts("#documents\\:list a.pc-title");
  }

  /** The titles of the rows marked "New". */
  public List<String> newDocumentTitles() {
    return texts("[id='documents:list_data'] tr:has(.pc-new) a.pc-title");
  }

  /** Ticks the row of the document titled {@code title}. */
  public MatterPage tick(String title) {
    By row =
        By.xpath(
            "//tbody[@id='documents:list_data']/tr[.//a[normalize-space(.)=\"" + title + "\"]]");
    c.clickable(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
    c.wait.until(
        d -> {
          WebElement r = d.findElement(row);
          return "true".equals(r.getAttribute("aria-selected"))
              || r.getAttribute("class").contains("ui-state-highlight");
        });
    return this;
  }

  /**
   * Ticks every row named, and checks again that all stay ticked: the list may be drawn anew
   * between two ticks (the status poll, a cleared upload list), so a row is ticked until the page
   * shows them all ticked at once.
   */
  public MatterPage tickAll(String... titles) {
    c.until(
        d -> {
          for (String title : titles) {
            try {
              if (!ticked(title)) {
                tick(title);
              }
            } catch (org.openqa.selenium.WebDriverException drawnAnew) {
              return false; // the row was replaced while it was ticked: look again
            }
          }
          try {
            return java.util.Arrays.stream(titles).allMatch(this::ticked);
          } catch (org.openqa.selenium.WebDriverException drawnAnew) {
            return false;
          }
        });
    return this;
  }

  /** Unticks the row of {@code title}. */
  public MatterPage untick(String title) {
    By row =
        By.xpath(
            "//tbody[@id='documents:list_data']/tr[.//a[normalize-space(.)=\"" + title + "\"]]");
    c.clickable(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
    c.wait.until(d -> !ticked(title));
    return this;
  }

  /** Whether the row of {@code title} is ticked now. */
  public boolean isTicked(String title) {
    return ticked(title);
  }

  private boolean ticked(String title) {
    List<WebElement> rows =
        c.driver.findElements(
            By.xpath(
                "//tbody[@id='documents:list_data']/tr[.//a[normalize-space(.)=\""
                    + title
                    + "\"]]"));
    return !rows.isEmpty()
        && ("true".equals(rows.get(0).getAttribute("aria-selected"))
            || rows.get(0).getAttribute("class").contains("ui-state-highlight"));
  }

  /** Labels the ticked rows as exhibits from {@code first}, and waits for the page to say so. */
  public MatterPage labelTickedFrom(String first) {
    WebElement field = c.driver.findElement(By.id("documents:bulk-first"));
    field.clear();
    field.sendKeys(first);
    c.driver.findElement(By.id("documents:bulk-label")).click();
    c.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Labelled " + first));
    return this;
  }

  /**
   * Presses "Remove from the matter" for the ticked rows and answers the confirmation with {@code
   * remove} (true: Remove, false: Keep); waits for the dialog to close and, after Remove, for the
   * page's message (answered).
   */
  public String removeTicked(boolean remove) {
    c.clickable(By.id("documents:bulk-remove")).click();
    WebElement dialog = c.visible(By.cssSelector(".ui-confirm-dialog"));
    if (!remove) {
      dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
      c.gone(By.cssSelector(".ui-confirm-dialog"));
      return "";
    }
    dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    c.gone(By.cssSelector(".ui-confirm-dialog"));
    return c.wait.until(
        d -> {
          String text = d.findElement(By.id("messages")).getText();
          return text.contains("Removed") || text.contains("attachment of") ? text : null;
        });
  }

  /** Whether the row of {@code title} is drawn as a member of the family above it. */
  public boolean isFamilyMember(String title) {
    return Boolean.TRUE.equals(
        c.script(
            "return Array.from(document.querySelectorAll('[id=\"documents:list_data\"] tr'))"
                + ".some(r => r.classList.contains('pc-family-member')"
                + " && Array.from(r.querySelectorAll('a.pc-title')).some(a => a.innerText.trim() === arguments[0]))",
            title));
  }

  /** Sorts the list by the column headed {@code header} (one click) and waits for it to redraw. */
  public MatterPage sortBy(String header) {
    WebElement before = c.driver.findElement(By.cssSelector("#documents\\:list tbody tr"));
    c.clickable(
            By.xpath(
                "//th[contains(@class,'ui-sortable-column')][.//span[normalize-space(.)='"
                    + header
                    + "']]"))
        .click();
    c.wait.until(ExpectedConditions.stalenessOf(before));
    return this;
  }

  /**
   * Chooses {@code label} in the list's filter menu {@code menuId} ("f-marked", "f-family") and
   * waits for the list to be drawn anew.
   */
  public MatterPage filter(String menuId, String label) {
    WebElement before = c.driver.findElement(By.cssSelector("#documents\\:list tbody tr"));
    org.pincite.web.testing.Browser.choose(
        c.driver, "documents:" + menuId, "li[data-label='" + label + "']", label);
    c.wait.until(ExpectedConditions.stalenessOf(before));
    return this;
  }

  /** Gives the ticked rows the kind labelled {@code kind}, and waits for the page to say so. */
  public MatterPage reclassifyTicked(String kind) {
    org.pincite.web.testing.Browser.choose(
        c.driver, "documents:bulk-kind", "li[data-label='" + kind + "']", kind);
    c.driver.findElement(By.id("documents:bulk-reclassify")).click();
    c.wait.until(
        ExpectedConditions.textMatches(
            By.id("messages"), java.util.regex.Pattern.compile("\\d+ documents? changed")));
    return this;
  }

  /** Types into the list's title and file-name search and waits for the list to change. */
  public MatterPage searchList(String words) {
    c.driver.findElement(By.id("documents:text")).sendKeys(words);
    // Until every row shown holds the words (a redraw of the status poll may come first).
    String lower = words.toLowerCase(java.util.Locale.ROOT);
    new WebDriverWait(c.driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#documents\\:list tbody tr")).stream()
                    .map(r -> r.getText().toLowerCase(java.util.Locale.ROOT))
                    .allMatch(t -> t.contains(lower) || t.contains("no documents match")));
    return this;
  }

  /** Types a password into a locked PDF's row and opens it. */
  public MatterPage openWithPassword(String title, String password) {
    new WebDriverWait(c.driver, Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement row =
                  d.findElement(
                      By.xpath(
                          "//tbody[@id='documents:list_data']/tr[contains(., '" + title + "')]"));
              row.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
              row.findElement(By.xpath(".//button[contains(., 'Open')]")).click();
              return true;
            });
    return this;
  }

  public ClaimChartPage openClaimChart() {
    c.clickable(By.linkText("Claim chart")).click();
    return c.claimChart().await();
  }

  public ProductionsPage openProductions() {
    c.clickable(By.id("productions-link")).click();
    return c.productions().await();
  }

  public SearchPage openSearch() {
    c.clickable(By.id("search-link")).click();
    return c.search().await();
  }

  /** Signs out from the account menu; answers the sign-in page. */
  public LoginPage signOut() {
    c.driver.findElement(By.id("account:logout")).click();
    c.visible(By.id("login:username"));
    return c.login();
  }

  /** The texts of the elements {@code css} selects, read in one go (Ajax redraws them often). */
  @SuppressWarnings("unchecked")
  private List<String> texts(String css) {
    return (List<String>)
        c.script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim())",
            css);
  }
}
