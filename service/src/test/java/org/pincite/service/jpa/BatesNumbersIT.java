package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesNumberTaken;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.document.Document;
import org.pincite.domain.matter.Matter;
import org.pincite.service.bates.MatterBatesNumbers;

/**
 * Documents' Bates ranges, production, custodian and designation kept in H2 and PostgreSQL, found
 * by number and by production, and a number never given twice in a matter (by the register, and by
 * the database's key when the register is bypassed). The matters and documents are fiction.
 */
class BatesNumbersIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void batesRangesAreKeptFoundAndNeverReusedInAMatter(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long[] ids =
        db.inTransaction(
            em -> {
              JpaMatterRepository matters = new JpaMatterRepository(em);
              Matter roe =
                  new Matter("Roe v. Doe (fiction)", "Court", "FIC-B1", LocalDate.of(2025, 1, 2));
              Matter other =
                  new Matter("Poe v. Moe (fiction)", "Court", "FIC-B2", LocalDate.of(2025, 1, 2));
              matters.add(roe);
              matters.add(other);
              JpaDocumentRepository documents = new JpaDocumentRepository(em);
              MatterBatesNumbers register = new MatterBatesNumbers(documents);
              Document letter = documents.add(FictionDocuments.pdf(roe, "letter.pdf", 2));
              Document memo = documents.add(FictionDocuments.pdf(roe, "memo.pdf", 3));
              Document elsewhere = documents.add(FictionDocuments.pdf(other, "elsewhere.pdf", 2));
              em.flush();
              register.number(letter, BatesRange.parse("ROE0000005", "ROE0000006"), "ROE001");
              letter.recordCustodian("Jane Roe");
              letter.designate(Confidentiality.HIGHLY_CONFIDENTIAL_AEO);
              register.number(memo, BatesRange.parse("ROE0000007", "ROE0000009"), "ROE001");
              // Another matter may use the same numbers.
              register.number(elsewhere, BatesRange.parse("ROE0000005", "ROE0000006"), "POE001");
              return new long[] {roe.getId(), letter.getId(), memo.getId()};
            });
    db.run(
        em -> {
          JpaDocumentRepository documents = new JpaDocumentRepository(em);
          Document letter = documents.find(ids[1]).orElseThrow();
          assertEquals("ROE0000005–ROE0000006", letter.getBates().orElseThrow().toString());
          assertEquals("ROE001", letter.getProduction());
          assertEquals("Jane Roe", letter.getCustodian());
          assertEquals(
              Confidentiality.HIGHLY_CONFIDENTIAL_AEO, letter.getConfidentiality().orElseThrow());
          assertEquals(
              ids[2],
              documents.findByBates(ids[0], BatesNumber.parse("ROE0000008")).orElseThrow().getId());
          assertTrue(documents.findByBates(ids[0], BatesNumber.parse("ROE0000010")).isEmpty());
          assertEquals(
              List.of(ids[1], ids[2]),
              documents.findByProduction(ids[0], "ROE001").stream().map(Document::getId).toList());
          Document late = documents.add(FictionDocuments.pdf(letter.getMatter(), "late.pdf", 2));
          em.flush();
          BatesNumberTaken taken =
              assertThrows(
                  BatesNumberTaken.class,
                  () ->
                      new MatterBatesNumbers(documents)
                          .number(late, BatesRange.parse("ROE0000009", "ROE0000010"), "ROE002"));
          assertTrue(taken.getMessage().contains("'memo.pdf'"), taken.getMessage());
          assertTrue(late.getBates().isEmpty());
        });
    // Bypassing the register, the database still refuses a second range from the same number.
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em -> {
                  JpaDocumentRepository documents = new JpaDocumentRepository(em);
                  Document memo = documents.find(ids[2]).orElseThrow();
                  Document copy =
                      documents.add(FictionDocuments.pdf(memo.getMatter(), "copy.pdf", 1));
                  copy.numberPages(BatesRange.parse("ROE0000007", "ROE0000007"), "ROE003");
                  em.flush();
                }));
  }
}
