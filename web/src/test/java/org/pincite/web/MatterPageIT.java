package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in, the matters list and the matter page in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class MatterPageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-browser-it");
  }

  @ArquillianResource URL base;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  private void signIn(String user, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:signin")).click();
  }

  /** The test server's health (the checks live in StartupIT; this class runs the server). */
  @Test
  void theTestServerIsReadyAndLiveWithItsDatabaseOriginalsAndIndexChecks() throws Exception {
    StartupIT.assertReadyAndLive(StartupIT.testServerBase());
  }

  @Test
  void aParalegalSignsInSeesOnlyTheirMatterWithItsClaimsTreeAndSignsOut() {
    browser.get(base + "matters.xhtml");
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
    Cookie before = browser.manage().getCookieNamed("JSESSIONID");
    Api.admin(base).awaitExtraction(Api.admin(base).matterId(PinciteServerIT.DOCKET));
    signIn("paralegal", Api.DEMO_PASSWORD);

    WebElement link =
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Musk v. Altman et al.")));
    Cookie after = browser.manage().getCookieNamed("JSESSIONID");
    assertNotEquals(before.getValue(), after.getValue(), "a new session id after sign-in");
    assertTrue(after.isHttpOnly());
    assertFalse(
        browser.getPageSource().contains("Open Artificial Intelligence"),
        "the other matter is not listed");
    assertEquals("paralegal", browser.findElement(By.id("signed-in-as")).getText());
    link.click();

    wait.until(ExpectedConditions.textToBe(By.id("caption"), "Musk v. Altman et al."));
    assertTrue(browser.findElement(By.cssSelector(".pc-meta")).getText().contains("CGC-24-612746"));
    assertTrue(browser.findElement(By.id("parties")).getText().contains("Elon Musk"));
    List<String> claims =
        browser.findElements(By.cssSelector("#claims\\:tree .pc-claim-label")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        claims.stream().anyMatch(c -> c.toLowerCase().contains("breach of contract")),
        claims.toString());
    assertTrue(
        claims.stream().anyMatch(c -> c.toLowerCase().contains("for-profit")), claims.toString());
    List<WebElement> nested =
        browser.findElements(
            By.cssSelector("#claims\\:tree .ui-treenode-children .pc-claim-label"));
    assertTrue(nested.size() >= 5, "elements below counts and defences: " + nested.size());
    assertTrue(
        browser.findElements(By.cssSelector("#documents\\:list tbody tr")).size() >= 4,
        "the complaint and the emails are listed");
    assertTrue(browser.findElement(By.id("documents:list")).getText().contains("Extracted"));
    assertEquals("Musk v. Altman et al. · Pincite", browser.getTitle());

    browser.findElement(By.id("account:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    browser.get(base + "matters.xhtml");
    assertTrue(
        browser.getCurrentUrl().contains("login.xhtml"), "signed out: " + browser.getCurrentUrl());
  }

  @Test
  void fileNamesAndNotesWithHtmlAreShownAsTextAndNeverRun() {
    Api admin = Api.admin(base);
    long musk = admin.matterId(PinciteServerIT.DOCKET);
    HttpResponse<String> uploaded =
        admin.upload(
            musk,
            "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>.txt",
            "Exhibit text.".getBytes(StandardCharsets.UTF_8));
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    JsonObject document = Api.object(uploaded).getJsonObject("document");
    String title = document.getString("title");
    assertTrue(title.contains("<img src=x onerror=window.pwned=1>"), title);
    long claim =
        Api.object(admin.get("api/matters/" + musk))
            .getJsonArray("claims")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String note = "<script>window.pwned=3</script><b>bold?</b>";
    HttpResponse<String> marked =
        admin.post(
            "api/documents/" + document.getJsonNumber("id") + "/annotations",
            "{\"startPage\":1,\"startOffset\":0,\"endPage\":1,\"endOffset\":7,\"stance\":\"CONTEXT\",\"claimIds\":["
                + claim
                + "],\"note\":\""
                + note.replace("\"", "\\\"")
                + "\"}");
    assertEquals(201, marked.statusCode(), marked.body());

    admin.awaitExtraction(musk);
    browser.get(base + "matter.xhtml?id=" + musk);
    signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.textToBe(By.id("caption"), "Musk v. Altman et al."));
    String listed = browser.findElement(By.id("documents:list")).getText();
    assertTrue(
        listed.contains(title), "the file name is shown as text: " + title + " in " + listed);
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"));

    browser.get(base + "history.xhtml?document=" + document.getJsonNumber("id"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revisions")));
    assertTrue(
        browser.findElement(By.id("revisions")).getText().contains(note),
        "the note is shown as text");
    assertTrue(browser.findElement(By.id("history-title")).getText().contains(title));
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"));
  }

  @Test
  void aParalegalUploadsFilesWatchesThemGetReadAndOpensAnEncryptedPdfWithItsPassword() {
    Path corpus =
        Path.of(System.getProperty("pincite.corpus", "../../shared/corpus"))
            .toAbsolutePath()
            .normalize();
    Path pdf = corpus.resolve("pdf/court_cl_2ndCircuit-08-6301-cv_opn.pdf");
    Path email = corpus.resolve("email/mikel_attachment_pdf.eml");
    Path locked = corpus.resolve("pdf-bad/pw_libreoffice_writer_password.pdf");
    Assumptions.assumeTrue(
        Files.isRegularFile(pdf) && Files.isRegularFile(email) && Files.isRegularFile(locked),
        "the shared corpus is not beside the clone");
    long musk = Api.admin(base).matterId(PinciteServerIT.DOCKET);
    browser.get(base + "matter.xhtml?id=" + musk);
    signIn("paralegal", Api.DEMO_PASSWORD);
    wait.until(ExpectedConditions.textToBe(By.id("caption"), "Musk v. Altman et al."));
    WebElement input = browser.findElement(By.cssSelector("#upload\\:files input[type=file]"));
    input.sendKeys(pdf + "\n" + email + "\n" + locked);
    WebDriverWait reading = new WebDriverWait(browser, Duration.ofSeconds(90));
    for (String title :
        List.of("court_cl_2ndCircuit-08-6301-cv_opn.pdf", "mikel_attachment_pdf.eml")) {
      reading.until(d -> rowText(d, title).contains("Extracted"));
    }
    reading.until(d -> rowText(d, "pw_libreoffice_writer_password.pdf").contains("Needs password"));
    assertTrue(
        rowText(browser, "pw_libreoffice_writer_password.pdf").contains("needs a password"),
        "the reason is shown");
    assertTrue(
        rowText(browser, "mikel_attachment_pdf.eml").contains("Email"),
        "an email is typed as one from its content");

    // Type the password in the document's row and open it: read again, now with its text.
    reading
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement row =
                  d.findElement(
                      By.xpath(
                          "//tbody[@id='documents:list_data']/tr[contains(., 'pw_libreoffice_writer_password.pdf')]"));
              row.findElement(By.cssSelector("input[type=password]")).sendKeys("openpassword");
              row.findElement(By.xpath(".//button[contains(., 'Open')]")).click();
              return true;
            });
    reading.until(d -> rowText(d, "pw_libreoffice_writer_password.pdf").contains("Extracted"));
  }

  /**
   * The text of the document list's row naming {@code title} ("" while absent); read in one go, as
   * rows are refreshed.
   */
  @SuppressWarnings("unchecked")
  private static String rowText(WebDriver driver, String title) {
    List<String> rows =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll('[id=\"documents:list\"] tbody tr')).map(r => r.innerText);");
    return rows.stream().filter(t -> t.contains(title)).findFirst().orElse("");
  }

  @Test
  void anAdministratorOpensAMatterFromTheMattersPage() {
    browser.get(base + "matters.xhtml");
    signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open:caption")))
        .sendKeys("Acme Corp. v. Widget LLC");
    browser.findElement(By.id("open:court")).sendKeys("S.D.N.Y.");
    browser.findElement(By.id("open:docket")).sendKeys("1:26-cv-04242");
    browser.findElement(By.id("open:plaintiffs")).sendKeys("Acme Corp.");
    browser.findElement(By.id("open:defendants")).sendKeys("Widget LLC\nJohn Widget");
    browser.findElement(By.id("open:submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("caption"), "Acme Corp. v. Widget LLC"));
    String parties = browser.findElement(By.id("parties")).getText();
    assertTrue(parties.contains("Acme Corp.") && parties.contains("John Widget"), parties);
    assertTrue(browser.findElement(By.cssSelector(".pc-meta")).getText().contains("1:26-cv-04242"));
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndAnotherMattersPageIsNotFound() {
    browser.get(base + "matters.xhtml");
    signIn("paralegal", "wrong-password-123");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "wrong"));
    browser.findElement(By.id("login:username")).clear();
    signIn("paralegal", Api.DEMO_PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Musk v. Altman et al.")));
    long second = Api.admin(base).matterId(PinciteServerIT.SECOND_DOCKET);
    browser.get(base + "matter.xhtml?id=" + second);
    assertTrue(browser.getPageSource().contains("Not found"), browser.getPageSource());
    assertFalse(browser.getPageSource().contains("Open Artificial Intelligence"));
  }
}
