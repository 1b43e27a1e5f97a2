package org.pincite.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.ExtractionRecorder;
import org.pincite.service.ingest.ExtractionResult;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.ingest.IngestService;
import org.pincite.service.schema.SchemaStartup;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.UploadResult;
import org.pincite.web.testing.Deployments;

/**
 * The application inside Open Liberty, where only injection reaches: Hibernate as the provider and
 * Flyway's migrations at start-up, ingest down to the database and the originals store, and a new
 * reading of a document re-anchoring its passages. The only test that deploys an archive of its own
 * (Arquillian starts the test server for it before the war is deployed for the black-box tests:
 * web/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class PinciteServerIT {

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
    // Migration numbers are handed out to parallel branches, so a branch may lack some below its
    // highest: what must hold is that the highest is applied and that more than one was.
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")) {
      // Every migration applied, up to the newest (numbers taken by work not merged yet may be
      // missing from a branch: Flyway allows gaps).
      int newest = 0;
      int applied = 0;
      while (rs.next()) {
        assertTrue(rs.getBoolean(2), "migration V" + rs.getString(1) + " failed");
        newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
        applied++;
      }
      assertTrue(applied >= 7, "Flyway found the migrations: " + applied);
      assertEquals(
          schema.getSchemaVersion(),
          String.valueOf(newest),
          "Flyway found and applied every migration");
    }
  }

  @Test
  void ingestKeepsTheOriginalAndRefusesAnEmptyFile() throws Exception {
    long matterId = matterOfItsOwn("ingest");
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
    long matterId = matterOfItsOwn("reanchor");
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

  /** A matter of the test's own, with one count, so that the demo matter stays as it is. */
  private long matterOfItsOwn(String purpose) throws Exception {
    return inTx(
        () -> {
          Matter matter =
              new Matter(
                  "In-server test v. " + purpose,
                  "Test Court",
                  "IN-SERVER-" + purpose.toUpperCase() + "-" + System.nanoTime(),
                  null);
          Party plaintiff = matter.addParty("A. Plaintiff", PartyRole.PLAINTIFF);
          matters.add(matter);
          claims.add(Claim.topLevel(ClaimKind.COUNT, plaintiff, "Breach of contract", null, 0));
          return matter.getId();
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
}
