package org.pincite.web.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code document.xhtml?id=…}: the viewer, each page's text beside its image, loaded as the reader
 * scrolls; passages marked by selecting words and pressing S, R or C.
 */
public final class DocumentPage {
  private final Chromium c;

  DocumentPage(Chromium c) {
    this.c = c;
  }

  /** Opens the document and waits for its first page. */
  public DocumentPage open(long documentId) {
    c.go("document.xhtml?id=" + documentId);
    return awaitPage(1);
  }

  public DocumentPage reload() {
    c.driver.navigate().refresh();
    return awaitPage(1);
  }

  public DocumentPage awaitPage(int n) {
    c.wait.until(
        d ->
            Boolean.TRUE.equals(
                c.script(
                    "return !!window.Pincite && window.Pincite.viewer.loadedPages().indexOf(arguments[0]) >= 0",
                    n)));
    return this;
  }

  /** The heading above page {@code n}: "Page 3", or "p. 3 · printed 2087". */
  public String pageHeading(int n) {
    return c.driver.findElement(By.cssSelector("#page-" + n + " .pc-page-number")).getText();
  }

  /** The dimmed runs of page {@code n}'s text: what a quote as cited leaves out. */
  public List<String> dimmed(int n) {
    return c
        .driver
        .findElements(By.cssSelector("pre.pc-page-text[data-page='" + n + "'] .pc-furniture"))
        .stream()
        .map(e -> (String) c.script("return arguments[0].textContent", e))
        .toList();
  }

  /** The short cite name shown under the title, or "" when there is none. */
  public String shortCite() {
    return c.driver.findElements(By.id("short-cite")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Opens the dialog that says what the document is. */
  public DetailsDialog editDetails() {
    c.driver.findElement(By.id("describeOpen:editDetails")).click();
    return new DetailsDialog(c).await();
  }

  public String title() {
    return c.driver.findElement(By.id("document-title")).getText();
  }

  public boolean hasEmailHeaders() {
    return !c.driver.findElements(By.id("email-headers")).isEmpty();
  }

  public String emailHeaders() {
    return c.driver.findElement(By.id("email-headers")).getText();
  }

  /** Page {@code n}'s text exactly as the page holds it. */
  public String pageText(int n) {
    return (String)
        c.script(
            "return document.querySelector('pre.pc-page-text[data-page=\"' + arguments[0] + '\"]').textContent",
            n);
  }

  /** Waits until page 1's image has loaded (PDFs). */
  public DocumentPage awaitFirstImage() {
    c.wait.until(
        x ->
            Boolean.TRUE.equals(
                c.script(
                    "var i = document.querySelector('#page-1 img'); return i.complete && i.naturalWidth > 0")));
    return this;
  }

  public long loadedPageCount() {
    return (Long) c.script("return window.Pincite.viewer.loadedPages().length");
  }

  public long pageSectionCount() {
    return (Long) c.script("return document.querySelectorAll('section.pc-page').length");
  }

  public DocumentPage scrollToPage(int n) {
    c.script("document.getElementById('page-' + arguments[0]).scrollIntoView()", n);
    return awaitPage(n);
  }

  public String loadedText(int n) {
    return (String) c.script("return window.Pincite.viewer.pageText(arguments[0])", n);
  }

  /**
   * Selects {@code words} as a reader would, from their first occurrence on {@code page} to the end
   * of {@code endWords} on {@code endPage}.
   */
  public DocumentPage select(int page, String words, int endPage, String endWords) {
    c.script(
        "function point(pre, off) {"
            + "  var w = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), n, seen = 0;"
            + "  while ((n = w.nextNode())) { if (seen + n.nodeValue.length >= off) return [n, off - seen]; seen += n.nodeValue.length; }"
            + "}"
            + "var a = document.querySelector('pre.pc-page-text[data-page=\"' + arguments[0] + '\"]');"
            + "var b = document.querySelector('pre.pc-page-text[data-page=\"' + arguments[2] + '\"]');"
            + "var s = a.textContent.indexOf(arguments[1]);"
            + "var e = b.textContent.indexOf(arguments[3]) + arguments[3].length;"
            + "if (s < 0 || e < arguments[3].length) throw new Error('words not on the page');"
            + "var ps = point(a, s), pe = point(b, e), r = document.createRange();"
            + "r.setStart(ps[0], ps[1]); r.setEnd(pe[0], pe[1]);"
            + "var sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);",
        page,
        words,
        endPage,
        endWords);
    return this;
  }

  /**
   * The lines the mark buttons say the selection cites ("Lines 3:25–4:2"), once the reader lets go
   * of the mouse.
   */
  public String markButtonLines() {
    c.script("document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}))");
    return c.visible(By.id("pc-mark-lines")).getText();
  }

  /** The line number printed in the gutter of page {@code n} beside line {@code pageLine}. */
  public String gutterLabel(int n, String pageLine) {
    return c.visible(By.cssSelector("#page-" + n + " .pc-line-no[data-line='" + pageLine + "']"))
        .getText();
  }

  /**
   * The line a search hit opened the viewer at ("4:1"), once it is marked in the gutter of page
   * {@code n} and scrolled into the window.
   */
  public String targetLine(int n) {
    WebElement line = c.present(By.cssSelector("#page-" + n + " .pc-line-no.pc-line-target"));
    c.wait.until(
        d ->
            Boolean.TRUE.equals(
                c.script(
                    "var r = arguments[0].getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                    line)));
    return line.getAttribute("data-line");
  }

  /** The designation brackets beside page {@code n}: each one's title. */
  public List<String> designationBrackets(int n) {
    return c.driver.findElements(By.cssSelector("#page-" + n + " .pc-designation")).stream()
        .map(b -> b.getAttribute("title"))
        .toList();
  }

  /** The transcript's testimony panel: exhibits named and designations. */
  public TestimonyPanel testimony() {
    c.visible(By.id("testimony"));
    return new TestimonyPanel(c);
  }

  /** What the first designation bracket beside page {@code n} says of itself (its title). */
  public String designationBracket(int n) {
    return c.present(By.cssSelector("#page-" + n + " .pc-designation")).getAttribute("title");
  }

  /** The passage's link in the side panel: its pin cite on a transcript, else its pages. */
  public String passageLink(long annotationId) {
    return passage(annotationId).findElement(By.cssSelector(".pc-goto")).getText();
  }

  /** Presses a key ({@code s}, {@code r}, {@code c}) over the selection: the mark dialog opens. */
  public MarkDialog press(String key) {
    new Actions(c.driver).sendKeys(key).perform();
    return new MarkDialog(c).await();
  }

  /** The highlights of one stance (SUPPORTS, REFUTES, CONTEXT) in the page texts. */
  public List<WebElement> highlights(String stance) {
    return c.driver.findElements(By.cssSelector("pre.pc-page-text mark.pc-hl.pc-stance-" + stance));
  }

  public DocumentPage awaitHighlights(String stance) {
    c.wait.until(d -> !highlights(stance).isEmpty());
    return this;
  }

  /** The words highlighted for one passage, lines joined by spaces. */
  public String highlightedText(String stance, long annotationId) {
    return highlights(stance).stream()
        .filter(m -> m.getAttribute("data-annotations").contains(String.valueOf(annotationId)))
        .map(WebElement::getText)
        .reduce("", String::concat)
        .replace("\n", " ")
        .strip();
  }

  public boolean hasHighlightOf(long annotationId) {
    return !c.driver
        .findElements(By.cssSelector("mark[data-annotations='" + annotationId + "']"))
        .isEmpty();
  }

  /** The side panel's entry for one passage. */
  public WebElement passage(long annotationId) {
    return c.present(By.id("passage-" + annotationId));
  }

  public boolean listsPassage(long annotationId) {
    return !c.driver.findElements(By.id("passage-" + annotationId)).isEmpty();
  }

  public MarkDialog edit(long annotationId) {
    c.clickable(By.cssSelector("#passage-" + annotationId + " .pc-edit")).click();
    return new MarkDialog(c).await();
  }

  /**
   * Makes a fact of a passage from its entry in the side panel and waits until the entry lists it
   * (by its number); answers the link to the facts page.
   */
  public WebElement makeFact(long annotationId) {
    c.clickable(By.cssSelector("#passage-" + annotationId + " .pc-make-fact")).click();
    return c.visible(By.cssSelector("#passage-" + annotationId + " .pc-fact-link"));
  }

  /**
   * Adds passage {@code annotationId} to fact {@code factNumber} from its entry in the side panel
   * ("Add to fact…", the role, Add), and waits until the entry links the fact.
   */
  public WebElement attachToFact(long annotationId, int factNumber, String role) {
    String entry = "#passage-" + annotationId;
    org.openqa.selenium.support.ui.Select fact =
        new org.openqa.selenium.support.ui.Select(
            c.visible(By.cssSelector(entry + " select.pc-attach-fact")));
    fact.getOptions().stream()
        .filter(o -> o.getText().startsWith(factNumber + ". "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact " + factNumber + " to add to"))
        .click();
    new org.openqa.selenium.support.ui.Select(
            c.driver.findElement(By.cssSelector(entry + " select.pc-attach-role")))
        .selectByVisibleText(role);
    c.clickable(By.cssSelector(entry + " .pc-attach-add")).click();
    return c.wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//li[@id='passage-"
                    + annotationId
                    + "']//a[contains(@class,'pc-fact-link') and normalize-space()='"
                    + factNumber
                    + "']")));
  }

  /** Deletes a passage from the side panel, confirming, and waits until it is gone. */
  public DocumentPage delete(long annotationId) {
    c.driver.findElement(By.cssSelector("#passage-" + annotationId + " .pc-delete")).click();
    c.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
    c.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("passage-" + annotationId)));
    return this;
  }

  /** Waits for the box of a passage on a page's image. */
  public WebElement box(int page, long annotationId) {
    return c.present(
        By.cssSelector(
            "#page-" + page + " .pc-boxes .pc-box[data-annotations='" + annotationId + "']"));
  }

  /** Clicks an element (a box or a highlight) and answers the popover's text. */
  public String popoverOf(WebElement mark) {
    mark.click();
    return c.visible(By.id("pc-popover")).getText();
  }
}
