package org.pincite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.annotation.Resource;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.service.IngestException;
import org.pincite.service.IngestService;
import org.pincite.service.MatterService;
import org.pincite.service.NotFoundException;
import org.pincite.service.schema.SchemaStartup;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.ClaimNode;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.MatterDetail;
import org.pincite.service.view.MatterSummary;

/**
 * The whole application in Open Liberty: Flyway and Hibernate at start-up, the demo matter, the
 * services down to the database and the originals store, and the REST API over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class PinciteServerIT {
  private static final String DOCKET = "CGC-24-612746";

  @Deployment
  static WebArchive deployment() {
    return Deployments.pinciteWar("pincite-server-it");
  }

  @Inject MatterService matterService;
  @EJB IngestService ingestService;
  @EJB SchemaStartup schema;
  @Inject OriginalStore store;

  @Resource(lookup = "jdbc/pincite")
  DataSource dataSource;

  @ArquillianResource URL base;

  /** HTTP/1.1: Liberty leaves the JDK client's h2c upgrade request hanging. */
  private static HttpClient http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
  }

  private MatterDetail demoMatter() {
    MatterSummary summary = matterService.listMatters().stream().filter(m -> m.docketNumber().equals(DOCKET)).findFirst().orElseThrow();
    return matterService.matter(summary.id());
  }

  @Test
  void hibernateIsTheProviderAndFlywayOwnsTheSchema() throws Exception {
    assertTrue(schema.persistenceProvider().startsWith("Hibernate ORM 6.6"), schema.persistenceProvider());
    assertEquals("1", schema.getSchemaVersion());
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "Flyway found and recorded the migration");
    }
  }

  @Test
  void theDemoMatterIsLoadedWithTheClaimsOfBothSidesAndItsDocuments() {
    MatterDetail matter = demoMatter();
    assertEquals("Musk v. Altman et al.", matter.caption());
    assertTrue(matter.parties().stream().anyMatch(p -> p.name().equals("Elon Musk")));
    List<ClaimNode> claims = matter.claims();
    assertTrue(claims.stream().anyMatch(c -> c.label().toLowerCase().contains("breach of contract") && c.assertedBy().equals("Elon Musk")));
    assertTrue(claims.stream().anyMatch(c -> c.assertedBy().equals("OpenAI, Inc.")), "the defence's positions are claims too");
    assertTrue(claims.stream().allMatch(c -> !c.children().isEmpty()), "every count and defence has its elements");
    DocumentRow complaint = matter.documents().stream().filter(d -> d.type() == DocumentType.COMPLAINT).findFirst().orElseThrow();
    assertEquals(ExtractionStatus.EXTRACTED, complaint.status());
    assertEquals(java.time.LocalDate.of(2024, 2, 29), complaint.documentDate(), "dated from the PDF's own metadata");
    assertTrue(complaint.pageCount() >= 2);
    List<DocumentRow> emails = matter.documents().stream().filter(d -> d.type() == DocumentType.EMAIL).toList();
    assertTrue(emails.size() >= 3);
    assertTrue(emails.stream().allMatch(e -> e.status() == ExtractionStatus.EXTRACTED && e.author() != null && e.documentDate() != null), emails.toString());
    assertTrue(store.contains(complaint.sha256()), "the complaint's original is in the store");
  }

  @Test
  void ingestKeepsTheOriginalAndRefusesAnEmptyFile() throws Exception {
    long matterId = demoMatter().id();
    byte[] text = "Ex. 12 — a note in plain text.\n일론 머스크\n".getBytes(StandardCharsets.UTF_8);
    DocumentRow row = ingestService.ingest(matterId, "note.txt", DocumentKind.EVIDENCE, DocumentType.OTHER, text);
    assertEquals(ExtractionStatus.EXTRACTED, row.status());
    assertEquals(1, row.pageCount());
    assertEquals(text.length, row.size());
    assertEquals(new String(text, StandardCharsets.UTF_8), new String(store.read(row.sha256()), StandardCharsets.UTF_8));
    assertThrows(IngestException.class, () -> ingestService.ingest(matterId, "empty.pdf", DocumentKind.EVIDENCE, DocumentType.OTHER, new byte[0]));
    assertThrows(NotFoundException.class, () -> matterService.matter(-1));
  }

  @Test
  @RunAsClient
  void theApiListsTheMattersAndGivesOneWithItsTree() throws Exception {
    HttpClient http = http();
    HttpResponse<String> list = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/matters")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, list.statusCode(), list.body());
    JsonObject demo;
    try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
      JsonArray matters = reader.readArray();
      demo = matters.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("docketNumber").equals(DOCKET)).findFirst().orElseThrow();
    }
    assertEquals("Musk v. Altman et al.", demo.getString("caption"));
    assertTrue(demo.getString("court").contains("San Francisco"));
    HttpResponse<String> one =
        http.send(HttpRequest.newBuilder(base.toURI().resolve("api/matters/" + demo.getJsonNumber("id").longValue())).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, one.statusCode(), one.body());
    try (JsonReader reader = Json.createReader(new StringReader(one.body()))) {
      JsonObject matter = reader.readObject();
      JsonArray claims = matter.getJsonArray("claims");
      assertFalse(claims.isEmpty());
      assertFalse(claims.getJsonObject(0).getJsonArray("children").isEmpty(), "claims come as a tree");
      JsonObject document = matter.getJsonArray("documents").getJsonObject(0);
      for (String field : List.of("id", "title", "kind", "type", "status", "pageCount", "sha256")) {
        assertTrue(document.containsKey(field), field + " in " + document);
      }
      assertEquals(64, document.getString("sha256").length());
    }
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/matters/999999999")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("\"error\""), missing.body());
  }

  @Test
  @RunAsClient
  void theHomePageAnswers() throws Exception {
    HttpResponse<String> home =
        http().send(HttpRequest.newBuilder(URI.create(base.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Musk v. Altman et al."), "the matters list shows the demo matter");
  }
}
