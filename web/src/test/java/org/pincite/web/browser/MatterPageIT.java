package org.pincite.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.pincite.web.browser.pages.Chromium;
import org.pincite.web.browser.pages.HistoryPage;
import org.pincite.web.browser.pages.MatterPage;
import org.pincite.web.testing.Api;
import org.pincite.web.testing.TestMatter;

/** Signing in and out, the matters list and the matter page (uploads among them) in Chromium. */
@Tag("browser")
class MatterPageIT {
  private static final String CAPTION = "Musk v. Altman et al.";
  private static TestMatter matter;
  private static TestMatter other;

  @BeforeAll
  static void twoMatters() {
    matter = TestMatter.likeTheDemo("matter-page");
    other = TestMatter.small("matter-page-other");
  }

  @Test
  void aParalegalSignsInSeesOnlyTheirMatterWithItsClaimsTreeAndSignsOut() {
    try (Chromium c = new Chromium()) {
      c.go("matters.xhtml");
      assertTrue(c.login().isShown(), c.url());
      Cookie before = c.driver().manage().getCookieNamed("JSESSIONID");
      c.login().signIn(matter.paralegalName(), TestMatter.PASSWORD);
      Cookie after = c.driver().manage().getCookieNamed("JSESSIONID");
      assertNotEquals(before.getValue(), after.getValue(), "a new session id after sign-in");
      assertTrue(after.isHttpOnly());
      assertFalse(c.source().contains(other.docket()), "the other matter is not listed");
      assertEquals(matter.paralegalName(), c.matters().signedInAs());

      MatterPage page = c.matters().openMatter(CAPTION);
      assertTrue(page.meta().contains(matter.docket()), page.meta());
      assertTrue(page.parties().contains("Elon Musk"));
      List<String> claims = page.claimLabels();
      assertTrue(
          claims.stream().anyMatch(x -> x.toLowerCase().contains("breach of contract")),
          claims.toString());
      assertTrue(
          claims.stream().anyMatch(x -> x.toLowerCase().contains("for-profit")), claims.toString());
      assertTrue(
          page.nestedClaimLabels().size() >= 5,
          "elements below counts and defences: " + page.nestedClaimLabels());
      assertTrue(page.documentRowCount() >= 4, "the complaint and the emails are listed");
      assertTrue(page.documentList().contains("Extracted"));
      assertEquals(CAPTION + " · Pincite", c.title());

      page.signOut();
      c.go("matters.xhtml");
      assertTrue(c.login().isShown(), "signed out: " + c.url());
    }
  }

  @Test
  void fileNamesAndNotesWithHtmlAreShownAsTextAndNeverRun() {
    Api admin = matter.admin();
    HttpResponse<String> uploaded =
        admin.upload(
            matter.id(),
            "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>.txt",
            "Exhibit text.".getBytes(StandardCharsets.UTF_8));
    assertEquals(202, uploaded.statusCode(), uploaded.body());
    JsonObject document = Api.object(uploaded).getJsonObject("document");
    String title = document.getString("title");
    assertTrue(title.contains("<img src=x onerror=window.pwned=1>"), title);
    long claim = matter.claimId("Breach of contract (the Founding Agreement)");
    admin.awaitExtraction(matter.id());
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
    admin.awaitExtraction(matter.id());

    try (Chromium c = new Chromium()) {
      c.signInAt("matter.xhtml?id=" + matter.id(), Api.ADMIN, Api.ADMIN_PASSWORD);
      String listed = c.matter().awaitCaption(CAPTION).documentList();
      assertTrue(
          listed.contains(title), "the file name is shown as text: " + title + " in " + listed);
      assertEquals(Boolean.TRUE, c.script("return window.pwned === undefined"));

      HistoryPage history = c.history().open(document.getJsonNumber("id").longValue());
      assertTrue(history.revisions().contains(note), "the note is shown as text");
      assertTrue(history.title().contains(title));
      assertEquals(Boolean.TRUE, c.script("return window.pwned === undefined"));
    }
  }

  @Test
  void aParalegalUploadsFilesWatchesThemGetReadAndOpensAnEncryptedPdfWithItsPassword()
      throws Exception {
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
    // A name with apostrophes and one in raw UTF-8, as the file dialog hands them to the browser.
    Path names = Files.createTempDirectory("matter-page-names");
    Path apostrophes = names.resolve("O'Brien's memo.txt");
    Files.writeString(apostrophes, "A fictional memo for the upload test.", StandardCharsets.UTF_8);
    Path umlaut = names.resolve("Schriftsatz-Müller.txt");
    Files.writeString(umlaut, "Ein erfundener Schriftsatz für den Test.", StandardCharsets.UTF_8);
    try (Chromium c = new Chromium()) {
      c.signInAt("matter.xhtml?id=" + matter.id(), matter.paralegalName(), TestMatter.PASSWORD);
      MatterPage page =
          c.matter().awaitCaption(CAPTION).upload(pdf, email, locked, apostrophes, umlaut);
      page.awaitRow("O'Brien's memo.txt", "Extracted", 90)
          .awaitRow("Schriftsatz-Müller.txt", "Extracted", 90);
      List<String> stored =
          matter.detail().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
              .map(d -> d.getString("fileName"))
              .toList();
      assertTrue(stored.contains("O'Brien's memo.txt"), stored.toString());
      assertTrue(stored.contains("Schriftsatz-Müller.txt"), stored.toString());
      page.awaitRow("court_cl_2ndCircuit-08-6301-cv_opn.pdf", "Extracted", 90)
          .awaitRow("mikel_attachment_pdf.eml", "Extracted", 90)
          .awaitRow("pw_libreoffice_writer_password.pdf", "Needs password", 90);
      assertTrue(
          page.rowText("pw_libreoffice_writer_password.pdf").contains("needs a password"),
          "the reason is shown");
      assertTrue(
          page.rowText("mikel_attachment_pdf.eml").contains("Email"),
          "an email is typed as one from its content");
      // Type the password in the document's row and open it: read again, now with its text.
      page.openWithPassword("pw_libreoffice_writer_password.pdf", "openpassword")
          .awaitRow("pw_libreoffice_writer_password.pdf", "Extracted", 90);
    }
  }

  @Test
  void anAdministratorOpensAMatterFromTheMattersPage() {
    try (Chromium c = new Chromium()) {
      c.signInAt("matters.xhtml", Api.ADMIN, Api.ADMIN_PASSWORD);
      MatterPage page =
          c.matters()
              .openNewMatter(
                  "Acme Corp. v. Widget LLC",
                  "S.D.N.Y.",
                  "1:26-cv-04242",
                  "Acme Corp.",
                  "Widget LLC\nJohn Widget");
      assertTrue(
          page.parties().contains("Acme Corp.") && page.parties().contains("John Widget"),
          page.parties());
      assertTrue(page.meta().contains("1:26-cv-04242"));
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndAnotherMattersPageIsNotFound() {
    try (Chromium c = new Chromium()) {
      c.go("matters.xhtml");
      String refusal = c.login().signInRefused(matter.paralegalName(), "wrong-password-123");
      assertTrue(refusal.contains("wrong"), refusal);
      c.login().signIn(matter.paralegalName(), TestMatter.PASSWORD);
      c.go("matter.xhtml?id=" + other.id());
      assertTrue(c.source().contains("Not found"), c.source());
      assertFalse(c.source().contains(other.docket()));
    }
  }
}
