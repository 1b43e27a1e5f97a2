package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionReason;

/** A document's redactions kept in H2 and PostgreSQL, found by page, audited when removed. */
class RedactionRepositoryIT {
  // Fiction written for this test.
  private static final String PAGE_1 = "Counsel advised that the merger terms were unlawful.\n";
  private static final String PAGE_2 = "The patient, Jane Roe, was discharged on 3 May.\n";
  private static final String PAGE_3 = "Nothing here is redacted.\n";

  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private long aLetter() {
    return db.inTransaction(
        em -> {
          Matter m =
              new Matter("Roe v. Acme (fiction)", "Court", "FIC-16", LocalDate.of(2026, 1, 2));
          m.addParty("Jane Roe", PartyRole.PLAINTIFF);
          new JpaMatterRepository(em).add(m);
          Document d =
              new Document(
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.OTHER,
                  "Letter",
                  new StoredFile("letter.pdf", "application/pdf", 10, "ef".repeat(32)));
          d.recordText(List.of(PAGE_1, PAGE_2, PAGE_3));
          new JpaDocumentRepository(em).add(d);
          return d.getId();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void boxesAndRangesAreKeptFoundByPageAndAudited(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long documentId = aLetter();
    long[] ids =
        db.inTransaction(
            em -> {
              Document d = new JpaDocumentRepository(em).find(documentId).orElseThrow();
              JpaRedactionRepository redactions = new JpaRedactionRepository(em);
              int counsel = PAGE_1.indexOf("unlawful");
              Redaction across =
                  redactions.add(
                      Redaction.words(
                          d,
                          1,
                          counsel,
                          2,
                          11,
                          "unlawful.\nThe patient",
                          RedactionReason.PRIVILEGE,
                          "attorney"));
              Redaction box =
                  redactions.add(
                      Redaction.box(
                          d, 2, 0.125, 0.25, 0.5, 0.0625, RedactionReason.PRIVACY, "paralegal"));
              return new long[] {across.getId(), box.getId()};
            });
    db.inTransaction(
        em -> {
          JpaRedactionRepository redactions = new JpaRedactionRepository(em);
          List<Redaction> all = redactions.ofDocument(documentId);
          assertEquals(2, all.size());
          Redaction across = redactions.find(ids[0]).orElseThrow();
          assertEquals("unlawful.\nThe patient", across.getQuote());
          assertEquals(RedactionReason.PRIVILEGE, across.getReason());
          assertEquals(
              new Redaction.Box(0.125, 0.25, 0.5, 0.0625),
              redactions.find(ids[1]).orElseThrow().getBox().orElseThrow(),
              "the box's fractions come back exactly");
          assertEquals(1, redactions.onPage(documentId, 1).size());
          assertEquals(2, redactions.onPage(documentId, 2).size(), "the range reaches page 2");
          assertTrue(redactions.onPage(documentId, 3).isEmpty());
          assertTrue(redactions.anyIn(documentId));
          redactions.remove(across);
          return null;
        });
    db.inTransaction(
        em -> {
          JpaRedactionRepository redactions = new JpaRedactionRepository(em);
          assertEquals(1, redactions.ofDocument(documentId).size());
          List<Number> revisions = AuditReaderFactory.get(em).getRevisions(Redaction.class, ids[0]);
          assertEquals(2, revisions.size(), "made and removed, both in the audit trail");
          return null;
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theDatabaseRefusesABoxWithoutItsCorners(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long documentId = aLetter();
    long id =
        db.inTransaction(
            em -> {
              Document d = new JpaDocumentRepository(em).find(documentId).orElseThrow();
              return new JpaRedactionRepository(em)
                  .add(Redaction.box(d, 1, 0.1, 0.1, 0.2, 0.2, RedactionReason.PRIVACY, "a"))
                  .getId();
            });
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em ->
                    em.createNativeQuery("update redaction set box_x = null where id = " + id)
                        .executeUpdate()));
    db.inTransaction(
        em -> {
          assertFalse(new JpaRedactionRepository(em).find(id).orElseThrow().getBox().isEmpty());
          return null;
        });
  }
}
