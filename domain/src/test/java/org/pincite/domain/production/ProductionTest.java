package org.pincite.domain.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;

/** A production's order, numbering and states, on fiction documents. */
class ProductionTest {
  private final Matter matter = Fixtures.matter("CGC-24-612746");

  private Document doc(String name) {
    return new Document(
        matter,
        DocumentKind.EVIDENCE,
        DocumentType.OTHER,
        name,
        new StoredFile(name, "application/pdf", 3, Fixtures.SHA));
  }

  private Production production() {
    return new Production(
        matter, "ROE001", BatesNumber.of("ROE", 1, 7), VolumeImages.PDF, "paralegal");
  }

  @Test
  void familiesStayTogetherInOrderWhateverOrderTheyWereChosenIn() {
    Document email = doc("mail.eml");
    Document first = doc("a.pdf");
    Document second = doc("b.pdf");
    Document loose = doc("loose.pdf");
    email.attach(first);
    email.attach(second);
    assertEquals(
        List.of(email, first, second, loose),
        Production.inFamilyOrder(List.of(second, loose, email, first)));
    assertEquals(List.of(first, second), Production.inFamilyOrder(List.of(second, first)));
  }

  @Test
  void runningNumbersEveryDocumentContiguouslyAndASlipSheetIsOnePage() {
    Document email = doc("mail.eml");
    Document memo = doc("memo.pdf");
    Document ledger = doc("ledger.xlsx");
    Production p = production();
    p.include(email, Confidentiality.CONFIDENTIAL, ProducedAs.IMAGES);
    p.include(memo, null, ProducedAs.IMAGES);
    p.withhold(memo, "Attorney-Client Privilege", "Memo from counsel");
    p.include(ledger, null, ProducedAs.NATIVE);
    Map<Document, Integer> pages = Map.of(email, 2, memo, 5, ledger, 40);
    List<BatesRange> preview = p.preview(d -> pages.get(d.getDocument()));
    assertEquals(
        List.of("ROE0000001–ROE0000002", "ROE0000003", "ROE0000004"),
        preview.stream().map(BatesRange::toString).toList());
    assertTrue(p.getDocuments().get(0).getBates().isEmpty(), "a preview stores nothing");
    p.start();
    assertEquals(ProductionStatus.RUNNING, p.getStatus());
    p.number(d -> pages.get(d.getDocument()));
    assertEquals("ROE0000001", p.begBates().orElseThrow().format());
    assertEquals("ROE0000004", p.endBates().orElseThrow().format());
    assertEquals(4, p.getPagesTotal());
    assertEquals(ProducedAs.WITHHELD, p.getDocuments().get(1).getProducedAs());
    assertEquals("Memo from counsel", p.getDocuments().get(1).getPrivilegeDescription());
    p.finish("f".repeat(64), 1234);
    assertEquals(ProductionStatus.DONE, p.getStatus());
    assertThrows(ProductionStateException.class, p::start);
    assertThrows(
        ProductionStateException.class, () -> p.include(doc("late.pdf"), null, ProducedAs.IMAGES));
  }

  @Test
  void aFailedRunMayRunAgainAndBadRequestsAreRefused() {
    Production p = production();
    DomainRuleViolation empty = assertThrows(DomainRuleViolation.class, p::start);
    assertTrue(empty.getMessage().contains("at least one document"), empty.getMessage());
    Document d = doc("a.pdf");
    p.include(d, null, ProducedAs.IMAGES);
    assertThrows(DomainRuleViolation.class, () -> p.include(d, null, ProducedAs.IMAGES));
    assertThrows(DomainRuleViolation.class, () -> p.withhold(d, " ", "why"));
    assertThrows(DomainRuleViolation.class, () -> p.withhold(doc("other.pdf"), "AC", "x"));
    Matter elsewhere = Fixtures.matter("OTHER-1");
    Document foreign =
        new Document(
            elsewhere,
            DocumentKind.EVIDENCE,
            DocumentType.OTHER,
            "x",
            new StoredFile("x.pdf", "application/pdf", 1, Fixtures.SHA));
    assertThrows(DomainRuleViolation.class, () -> p.include(foreign, null, ProducedAs.IMAGES));
    p.start();
    p.fail("The original of 'a.pdf' is missing");
    assertEquals(ProductionStatus.FAILED, p.getStatus());
    p.start();
    assertEquals(ProductionStatus.RUNNING, p.getStatus());
    assertEquals(null, p.getFailure());
  }

  @Test
  void imagesAreTiffOrPdf() {
    assertEquals(VolumeImages.TIFF, VolumeImages.parse(null));
    assertEquals(VolumeImages.PDF, VolumeImages.parse("pdf"));
    DomainRuleViolation e =
        assertThrows(DomainRuleViolation.class, () -> VolumeImages.parse("jpeg"));
    assertTrue(e.getMessage().contains("\"tiff\" or \"pdf\""), e.getMessage());
  }
}
