package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.ExtractionRecorder;
import org.pincite.service.ingest.ExtractionResult;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.ingest.IngestService;
import org.pincite.service.schema.SchemaStartup;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.UploadResult;

/**
 * The whole application in Open Liberty: Flyway and Hibernate at start-up, the demo matter, the
 * services down to the database and the originals store, and the REST API over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class PinciteServerIT {
  static final String DOCKET = "CGC-24-612746";
  static final String SECOND_DOCKET = "4:23-cv-03918";

  @Deployment
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-server-it");
  }

  @EJB IngestService ingestService;
  @EJB SchemaStartup schema;
  @Inject OriginalStore store;
  @Inject MatterRepository matters;

  @Resource(lookup = "jdbc/pincite")
  DataSource dataSource;

  @Inject UserTransaction tx;
  @EJB ExtractionRecorder recorder;
  @Inject DocumentRepository documents;
  @Inject AnnotationRepository annotations;
  @Inject ClaimRepository claims;

  @Test
  void hibernateIsTheProviderAndFlywayOwnsTheSchema() throws Exception {
    assertTrue(
        schema.persistenceProvider().startsWith("Hibernate ORM 6.6"), schema.persistenceProvider());
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null")) {
      rs.next();
      assertEquals(
          schema.getSchemaVersion(),
          String.valueOf(rs.getInt(1)),
          "Flyway found and applied every migration");
    }
  }

  @Test
  void ingestKeepsTheOriginalAndRefusesAnEmptyFile() throws Exception {
    tx.begin();
    long matterId;
    try {
      matterId = matters.findByDocketNumber(DOCKET).orElseThrow().getId();
    } finally {
      tx.commit();
    }
    byte[] text =
        ("Ex. 12 — a note in plain text.\n일론 머스크\n" + System.nanoTime())
            .getBytes(StandardCharsets.UTF_8);
    UploadResult added =
        ingestService.ingest(
            matterId, "../../etc/note\u0000.txt", DocumentKind.EVIDENCE, DocumentType.OTHER, text);
    assertFalse(added.duplicate());
    assertFalse(
        added.document().fileName().contains("/"),
        "no path in a stored name: " + added.document().fileName());
    DocumentRow row = awaitRead(added.document().id());
    assertEquals(ExtractionStatus.EXTRACTED, row.status(), "read in the background");
    assertEquals(1, row.pageCount());
    assertEquals(text.length, row.size());
    assertEquals(
        new String(text, StandardCharsets.UTF_8),
        new String(store.read(row.sha256()), StandardCharsets.UTF_8));
    assertThrows(
        IngestException.class,
        () ->
            ingestService.ingest(
                matterId, "empty.pdf", DocumentKind.EVIDENCE, DocumentType.OTHER, new byte[0]));
    UploadResult again =
        ingestService.ingest(matterId, "copy.txt", DocumentKind.EVIDENCE, DocumentType.OTHER, text);
    assertTrue(again.duplicate(), "the same bytes are stored once");
    assertEquals(row.id(), again.document().id());
    assertTrue(again.message().contains("duplicate"), again.message());
  }

  private DocumentRow awaitRead(long documentId) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      DocumentRow row = ingestService.current(documentId).orElseThrow();
      if (row.status() != ExtractionStatus.PENDING) {
        return row;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("document " + documentId + " is still pending after 30 s");
  }

  @Test
  void passagesAreFoundAgainInANewReadingOrKeptAsOrphansForReview() throws Exception {
    String first =
        "Exhibit 7. The founders agreed that OpenAI would be a non-profit.\nIt would open-source its technology.\n"
            + System.nanoTime();
    long matterId = inTx(() -> matters.findByDocketNumber(DOCKET).orElseThrow().getId());
    long documentId =
        ingestService
            .ingest(
                matterId,
                "exhibit-7.txt",
                DocumentKind.EVIDENCE,
                DocumentType.OTHER,
                first.getBytes(StandardCharsets.UTF_8))
            .document()
            .id();
    assertEquals(ExtractionStatus.EXTRACTED, awaitRead(documentId).status());
    long[] ids =
        inTx(
            () -> {
              Document d = documents.find(documentId).orElseThrow();
              var claim = claims.findTopLevel(matterId).get(0);
              String text = d.page(1).orElseThrow().getText();
              int a = text.indexOf("would be a non-profit");
              int b = text.indexOf("open-source its technology");
              Annotation kept =
                  annotations.add(
                      new Annotation(
                          d,
                          Passage.select(d, 1, a, 1, a + 21),
                          Stance.SUPPORTS,
                          List.of(claim),
                          null,
                          "paralegal"));
              Annotation lost =
                  annotations.add(
                      new Annotation(
                          d,
                          Passage.select(d, 1, b, 1, b + 26),
                          Stance.SUPPORTS,
                          List.of(claim),
                          null,
                          "paralegal"));
              d.markPending();
              return new long[] {kept.getId(), lost.getId()};
            });
    long version = inTx(() -> documents.find(documentId).orElseThrow().getVersion());
    // A new reading (a better OCR, say) adds a page before it and no longer has the second
    // sentence.
    List<String> newPages =
        List.of(
            "CONFIDENTIAL\n",
            "Exhibit 7. The founders agreed that OpenAI would be a non-profit.\nIt would publish research.\n");
    recorder.finish(
        documentId,
        version,
        new ExtractionResult(
            new ExtractionOutcome.Extracted(newPages, List.of(), null, null, null, null),
            List.of()));

    inTx(
        () -> {
          Document d = documents.find(documentId).orElseThrow();
          assertEquals(ExtractionStatus.EXTRACTED, d.getStatus());
          assertEquals(2, d.getPageCount());
          Annotation kept = annotations.find(ids[0]).orElseThrow();
          assertFalse(kept.isOrphaned());
          assertEquals(2, kept.getPassage().getStartPage(), "moved to where the words are now");
          assertEquals("would be a non-profit", kept.getPassage().getQuote());
          Annotation lost = annotations.find(ids[1]).orElseThrow();
          assertTrue(lost.isOrphaned(), "not found, so orphaned, not dropped");
          assertEquals("open-source its technology", lost.getPassage().getQuote());
          assertTrue(
              annotations.findOrphaned(matterId).stream().anyMatch(a -> a.getId() == ids[1]));
          return null;
        });
  }

  private interface Work<T> {
    T run() throws Exception;
  }

  private <T> T inTx(Work<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.run();
      tx.commit();
      return result;
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    }
  }

  @Test
  @RunAsClient
  void theDemoMatterComesWithTheClaimsOfBothSidesAndItsDocuments(@ArquillianResource URL base) {
    Api admin = Api.admin(base);
    admin.awaitExtraction(admin.matterId(DOCKET));
    JsonObject matter = Api.object(admin.get("api/matters/" + admin.matterId(DOCKET)));
    assertEquals("Musk v. Altman et al.", matter.getString("caption"));
    assertTrue(matter.getString("court").contains("San Francisco"));
    JsonArray claims = matter.getJsonArray("claims");
    List<JsonObject> top = claims.getValuesAs(JsonObject.class);
    assertTrue(
        top.stream()
            .anyMatch(
                c ->
                    c.getString("label").toLowerCase().contains("breach of contract")
                        && c.getString("assertedBy").equals("Elon Musk")));
    assertTrue(
        top.stream().anyMatch(c -> c.getString("assertedBy").equals("OpenAI, Inc.")),
        "the defence's positions are claims too");
    assertTrue(
        top.stream().allMatch(c -> !c.getJsonArray("children").isEmpty()), "claims come as a tree");
    List<JsonObject> documents = matter.getJsonArray("documents").getValuesAs(JsonObject.class);
    for (JsonObject document : documents) {
      for (String field : List.of("id", "title", "kind", "type", "status", "pageCount", "sha256")) {
        assertTrue(document.containsKey(field), field + " in " + document);
      }
    }
    JsonObject complaint =
        documents.stream()
            .filter(d -> d.getString("type").equals("COMPLAINT"))
            .findFirst()
            .orElseThrow();
    assertEquals("EXTRACTED", complaint.getString("status"));
    assertTrue(complaint.getInt("pageCount") >= 2);
    assertEquals(
        "2024-02-29", complaint.getString("documentDate"), "dated from the PDF's own metadata");
    assertEquals(64, complaint.getString("sha256").length());
    HttpResponse<byte[]> image =
        admin.getBytes("api/documents/" + complaint.getJsonNumber("id") + "/pages/1/image?dpi=72");
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals((byte) 0x89, image.body()[0]);
    assertEquals('P', image.body()[1]);
    assertEquals(
        404,
        admin
            .getBytes("api/documents/" + complaint.getJsonNumber("id") + "/pages/99/image")
            .statusCode());
    List<JsonObject> emails =
        documents.stream().filter(d -> d.getString("type").equals("EMAIL")).toList();
    assertTrue(emails.size() >= 3);
    assertTrue(
        emails.stream()
            .allMatch(
                e ->
                    e.getString("status").equals("EXTRACTED")
                        && !e.isNull("author")
                        && !e.isNull("documentDate")),
        emails.toString());
  }

  @Test
  @RunAsClient
  void theApiWantsASignedInCallerAndAnswersErrorsAsJson(@ArquillianResource URL base) {
    HttpResponse<String> anonymous = Api.anonymous(base).get("api/matters");
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, Api.as(base, Api.ADMIN, "not-the-password").get("api/matters").statusCode());
    assertEquals(401, Api.withToken(base, "pct_made-up").get("api/matters").statusCode());
    HttpResponse<String> missing = Api.admin(base).get("api/matters/999999999");
    assertEquals(404, missing.statusCode());
    assertTrue(Api.object(missing).getString("error").contains("999999999"), missing.body());
    HttpResponse<String> list = Api.admin(base).get("api/matters");
    assertEquals("nosniff", list.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", list.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(
        list.headers().firstValue("Set-Cookie").isEmpty(),
        "an API call signed with Basic opens no session");
  }

  @Test
  @RunAsClient
  void aMemberSeesOnlyTheirMattersAndAnAdministratorSeesAll(@ArquillianResource URL base) {
    Api admin = Api.admin(base);
    long second = admin.matterId(SECOND_DOCKET);
    Api paralegal = Api.as(base, "paralegal", Api.DEMO_PASSWORD);
    List<String> dockets =
        Api.array(paralegal.get("api/matters")).getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("docketNumber"))
            .toList();
    assertEquals(List.of(DOCKET), dockets);
    assertEquals(200, paralegal.get("api/matters/" + paralegal.matterId(DOCKET)).statusCode());
    HttpResponse<String> other = paralegal.get("api/matters/" + second);
    assertEquals(404, other.statusCode(), "another matter's id reveals nothing");
    assertFalse(other.body().contains("Open Artificial Intelligence"));
  }

  @Test
  @RunAsClient
  void pagesSendTheSignedOutToTheLoginPage(@ArquillianResource URL base) throws Exception {
    HttpResponse<String> home = Api.anonymous(base).get("matter.xhtml?id=1");
    assertEquals(302, home.statusCode());
    String location = home.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/login.xhtml?next="), location);
  }
}
