package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.pincite.domain.production.ProducedAs;
import org.pincite.domain.production.ProducedDocument;
import org.pincite.domain.production.Production;
import org.pincite.domain.production.ProductionStatus;
import org.pincite.domain.production.VolumeImages;
import org.pincite.service.bates.MatterBatesNumbers;

/**
 * Productions and their documents kept in H2 and PostgreSQL: order, endorsements, withheld
 * documents with their privilege, the ranges given when run, found by number, and a number that
 * another production holds refused. Matters and documents are fiction.
 */
class ProductionRepositoryIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aProductionIsKeptWithItsDocumentsAndItsNumbersAreTheMattersOwn(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long[] ids =
        db.inTransaction(
            em -> {
              Matter m =
                  new Matter("Roe v. Doe (fiction)", "Court", "FIC-P1", LocalDate.of(2025, 1, 2));
              new JpaMatterRepository(em).add(m);
              JpaDocumentRepository documents = new JpaDocumentRepository(em);
              Document letter = documents.add(FictionDocuments.pdf(m, "letter.pdf", 2));
              Document memo = documents.add(FictionDocuments.pdf(m, "memo.pdf", 2));
              Production p =
                  new Production(
                      m, "ROE001", BatesNumber.of("ROE", 1, 7), VolumeImages.TIFF, "paralegal");
              p.include(letter, Confidentiality.CONFIDENTIAL, ProducedAs.IMAGES);
              p.include(memo, null, ProducedAs.IMAGES);
              p.withhold(memo, "Attorney-Client Privilege", "Memo from counsel (fiction)");
              new JpaProductionRepository(em).add(p);
              return new long[] {m.getId(), p.getId(), letter.getId()};
            });
    db.run(
        em -> {
          JpaProductionRepository productions = new JpaProductionRepository(em);
          assertTrue(productions.nameTaken(ids[0], "ROE001"));
          Production p = productions.find(ids[1]).orElseThrow();
          assertEquals(ProductionStatus.DRAFT, p.getStatus());
          assertEquals(
              List.of("letter.pdf", "memo.pdf"),
              p.getDocuments().stream().map(d -> d.getDocument().getTitle()).toList());
          ProducedDocument memo = p.getDocuments().get(1);
          assertTrue(memo.isWithheld());
          assertEquals("Attorney-Client Privilege", memo.getPrivilege());
          assertEquals(
              Confidentiality.CONFIDENTIAL, p.getDocuments().get(0).getEndorsement().orElseThrow());
          p.start();
          p.number(d -> 2);
        });
    db.run(
        em -> {
          JpaProductionRepository productions = new JpaProductionRepository(em);
          assertEquals(
              List.of(ids[1]), productions.findRunning().stream().map(Production::getId).toList());
          List<ProducedDocument> found =
              productions.findBatesOverlapping(
                  ids[0], BatesRange.parse("ROE0000003", "ROE0000003"));
          assertEquals(1, found.size());
          assertEquals("ROE0000003", found.get(0).getBates().orElseThrow().toString());
          // A document may not take a number the production gave another.
          JpaDocumentRepository documents = new JpaDocumentRepository(em);
          Document stray =
              documents.add(
                  FictionDocuments.pdf(found.get(0).getDocument().getMatter(), "stray.pdf", 2));
          em.flush();
          BatesNumberTaken taken =
              assertThrows(
                  BatesNumberTaken.class,
                  () ->
                      new MatterBatesNumbers(documents, productions)
                          .number(stray, BatesRange.parse("ROE0000002", "ROE0000003"), "X"));
          assertTrue(taken.getMessage().contains("in the production 'ROE001'"), taken.getMessage());
          // The letter itself may carry the range its production gave it.
          Document letter = documents.find(ids[2]).orElseThrow();
          new MatterBatesNumbers(documents, productions)
              .number(letter, BatesRange.parse("ROE0000001", "ROE0000002"), "ROE001");
        });
  }
}
