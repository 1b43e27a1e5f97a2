package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentListQuery;
import org.pincite.domain.document.DocumentListQuery.Sort;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.ExtractionStatus;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;

/**
 * The matter's document list sorted, filtered and searched by the database (H2 and PostgreSQL),
 * families kept together and counted once. The documents are fiction made for this test.
 */
class DocumentListIT {
  private TestDatabase db;
  private long matterId;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private static StoredFile file(String name, String type, int n) {
    return new StoredFile(name, type, 100 + n, String.format("%064x", n));
  }

  /**
   * Added in this order: a complaint (filing, dated 2024), an email from Musk with two attachments
   * (one with a passage marked), a note by a custodian (2019) whose 100% in its name needs an
   * escaped search, and a scan that failed.
   */
  private void seed() {
    matterId =
        db.inTransaction(
            em -> {
              Matter m = new Matter("Roe v. Doe", "Court", "TEST-LIST-1", null);
              Party roe = m.addParty("Jane Roe", PartyRole.PLAINTIFF);
              new JpaMatterRepository(em).add(m);
              Claim count = Claim.topLevel(ClaimKind.COUNT, roe, "Breach", null, 0);
              new JpaClaimRepository(em).add(count);
              JpaDocumentRepository docs = new JpaDocumentRepository(em);
              Document complaint =
                  new Document(
                      m,
                      DocumentKind.FILING,
                      DocumentType.COMPLAINT,
                      "Complaint",
                      file("complaint.pdf", "application/pdf", 1));
              complaint.describe("Complaint", LocalDate.of(2024, 2, 29), null, null);
              docs.add(complaint);
              Document email =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.EMAIL,
                      "Re: structure",
                      file("structure.eml", "message/rfc822", 2));
              email.recordEmailHeaders(
                  new EmailHeaders(
                      "Elon Musk <elon@example.org>",
                      "Sam Altman <sam@example.org>",
                      null,
                      OffsetDateTime.of(2018, 2, 1, 9, 30, 0, 0, ZoneOffset.UTC),
                      "Re: structure",
                      "<1@example.org>"));
              docs.add(email);
              Document plan =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.OTHER,
                      "plan.pdf",
                      file("plan.pdf", "application/pdf", 3));
              plan.recordText(List.of("The plan is a for-profit.\n"));
              email.attach(plan);
              docs.add(plan);
              Document sheet =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.OTHER,
                      "cap table.xlsx",
                      file("cap table.xlsx", "application/vnd.ms-excel", 4));
              email.attach(sheet);
              docs.add(sheet);
              Document note =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.OTHER,
                      "Board note",
                      file("100%_sure.txt", "text/plain", 5));
              note.describe("Board note", LocalDate.of(2019, 3, 1), "Shivon Zilis", null);
              docs.add(note);
              Document scan =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.OTHER,
                      "Scan",
                      file("scan.pdf", "application/pdf", 6));
              scan.markFailed("The PDF cannot be read: End-of-File");
              scan.recordCustodian("Files of J. Birchall");
              docs.add(scan);
              new JpaAnnotationRepository(em)
                  .add(
                      new Annotation(
                          plan,
                          Passage.select(plan, 1, 0, 1, 8, "The plan"),
                          Stance.SUPPORTS,
                          List.of(count),
                          null,
                          "paralegal"));
              return m.getId();
            });
  }

  private List<String> titles(DocumentListQuery q, int first, int max) {
    return db.inTransaction(
        em ->
            new JpaDocumentRepository(em)
                .list(matterId, q, first, max).documents().stream()
                    .map(Document::getTitle)
                    .toList());
  }

  private long families(DocumentListQuery q) {
    return db.inTransaction(
        em -> new JpaDocumentRepository(em).list(matterId, q, 0, 50).families());
  }

  private static DocumentListQuery q(
      DocumentKind kind,
      ExtractionStatus status,
      LocalDate from,
      LocalDate to,
      String person,
      Boolean marked,
      Boolean inFamily,
      String text) {
    return new DocumentListQuery(
        kind, null, status, from, to, person, marked, inFamily, text, Sort.ADDED, false);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theNewestUploadsComeFirstWithEachEmailFollowedByItsAttachmentsAndFamiliesCountOnce(
      TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    seed();
    DocumentListQuery all = DocumentListQuery.newestFirst();
    assertEquals(
        List.of("Scan", "Board note", "Re: structure", "plan.pdf", "cap table.xlsx", "Complaint"),
        titles(all, 0, 50));
    assertEquals(4, families(all), "an email and its attachments are one family");
    assertEquals(
        List.of("Re: structure", "plan.pdf", "cap table.xlsx"),
        titles(all, 2, 1),
        "a page counts families: the third family comes whole");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void sortingByAColumnSortsTheFamiliesByTheirEmail(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    seed();
    assertEquals(
        List.of("Board note", "Complaint", "Re: structure", "plan.pdf", "cap table.xlsx", "Scan"),
        titles(
            new DocumentListQuery(
                null, null, null, null, null, null, null, null, null, Sort.TITLE, true),
            0,
            50));
    assertEquals(
        List.of("Complaint", "Board note", "Scan", "Re: structure", "plan.pdf", "cap table.xlsx"),
        titles(
            new DocumentListQuery(
                null, null, null, null, null, null, null, null, null, Sort.DATE, false),
            0,
            50),
        "newest date first, the undated last (newest upload first among them)");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void eachFilterNarrowsTheListAndAMatchingAttachmentBringsItsFamily(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    seed();
    assertEquals(
        List.of("Complaint"),
        titles(q(DocumentKind.FILING, null, null, null, null, null, null, null), 0, 50));
    assertEquals(
        List.of("Scan"),
        titles(q(null, ExtractionStatus.FAILED, null, null, null, null, null, null), 0, 50));
    assertEquals(
        List.of("Board note", "Re: structure", "plan.pdf", "cap table.xlsx"),
        titles(
            q(
                null,
                null,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31),
                null,
                null,
                null,
                null),
            0,
            50),
        "a document's date, else when its email was sent");
    assertEquals(
        List.of("Board note"),
        titles(q(null, null, null, null, "zilis", null, null, null), 0, 50),
        "the author");
    assertEquals(
        List.of("Scan"),
        titles(q(null, null, null, null, "birchall", null, null, null), 0, 50),
        "the custodian a production names");
    assertEquals(
        List.of("Re: structure", "plan.pdf", "cap table.xlsx"),
        titles(q(null, null, null, null, "MUSK", null, null, null), 0, 50),
        "the sender");
    assertEquals(
        List.of("Re: structure", "plan.pdf", "cap table.xlsx"),
        titles(q(null, null, null, null, null, true, null, null), 0, 50),
        "a marked attachment lists its family");
    assertEquals(
        List.of("Scan", "Board note", "Complaint"),
        titles(q(null, null, null, null, null, null, false, null), 0, 50),
        "stand-alone documents");
    assertEquals(
        List.of("Re: structure", "plan.pdf", "cap table.xlsx"),
        titles(q(null, null, null, null, null, null, null, "CAP TABLE"), 0, 50),
        "the title of an attachment");
    assertEquals(
        List.of("Board note"),
        titles(q(null, null, null, null, null, null, null, "100%_"), 0, 50),
        "the file name, % and _ taken literally");
    assertEquals(List.of(), titles(q(null, null, null, null, null, null, null, "1000"), 0, 50));
  }

  @Test
  void aDateRangeThatRunsBackwardsIsRefusedWithWhy() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                q(
                    null,
                    null,
                    LocalDate.of(2020, 1, 2),
                    LocalDate.of(2020, 1, 1),
                    null,
                    null,
                    null,
                    null));
    assertEquals(
        "The date range runs backwards: from 2020-01-02 is after to 2020-01-01", e.getMessage());
  }
}
