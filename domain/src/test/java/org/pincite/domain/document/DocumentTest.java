package org.pincite.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pincite.domain.Fixtures;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.shared.DomainRuleViolation;

class DocumentTest {
  private final Matter matter = Fixtures.matter("CGC-24-612746");

  private Document pdf(String name) {
    return new Document(
        matter,
        DocumentKind.EVIDENCE,
        DocumentType.OTHER,
        name,
        new StoredFile(name, "application/pdf", 3, Fixtures.SHA));
  }

  @Test
  void recordingTextNumbersThePagesAndEndsPending() {
    Document d = pdf("a.pdf");
    assertEquals(ExtractionStatus.PENDING, d.getStatus());
    d.recordText(List.of("one", "two"));
    assertEquals(ExtractionStatus.EXTRACTED, d.getStatus());
    assertEquals(2, d.getPageCount());
    assertEquals("two", d.page(2).orElseThrow().getText());
    assertTrue(d.page(3).isEmpty());
    d.recordText(List.of("again"));
    assertEquals(1, d.getPageCount());
  }

  @Test
  void failuresKeepTheirReason() {
    Document d = pdf("broken.pdf");
    d.markFailed("Page tree root must be a dictionary");
    assertEquals(ExtractionStatus.FAILED, d.getStatus());
    assertEquals("Page tree root must be a dictionary", d.getStatusReason());
    assertThrows(DomainRuleViolation.class, () -> d.markFailed(" "));
    d.markPending();
    assertNull(d.getStatusReason());
    d.markFailed("x".repeat(5000));
    assertEquals(Document.MAX_REASON, d.getStatusReason().length());
  }

  @Test
  void attachmentsFormAFamilyWithinOneMatter() {
    Document email = pdf("mail.eml");
    Document attachment = pdf("attachment.pdf");
    email.attach(attachment);
    assertEquals(email, attachment.getParent().orElseThrow());
    assertEquals(List.of(attachment), email.getChildren());
    assertThrows(DomainRuleViolation.class, () -> attachment.attach(email));
    Document foreign =
        new Document(
            Fixtures.matter("OTHER-1"),
            DocumentKind.EVIDENCE,
            DocumentType.OTHER,
            "x",
            new StoredFile("x", "text/plain", 1, Fixtures.SHA));
    assertThrows(DomainRuleViolation.class, () -> email.attach(foreign));
  }

  @Test
  void metadataFromTheFileOnlyFillsWhatIsEmpty() {
    Document d = pdf("complaint.pdf");
    d.fillFromFile("Complaint", LocalDate.of(2024, 2, 29), "Counsel for Plaintiff");
    assertEquals("Complaint", d.getTitle());
    d.describe("Verified Complaint", null, "Irell", "Ex. 1");
    d.fillFromFile("Other title", LocalDate.of(2020, 1, 1), "Someone");
    assertEquals("Verified Complaint", d.getTitle());
    assertEquals(LocalDate.of(2020, 1, 1), d.getDocumentDate());
    assertEquals("Irell", d.getAuthor());
  }

  @Test
  void aStoredFileNeedsARealSha256() {
    assertThrows(DomainRuleViolation.class, () -> new StoredFile("a", "b", 1, "abc"));
    assertThrows(DomainRuleViolation.class, () -> new StoredFile("a", "b", 1, "z".repeat(64)));
    assertEquals(Fixtures.SHA, new StoredFile("a", "b", 1, Fixtures.SHA.toUpperCase()).getSha256());
  }

  @Test
  void aDocumentIsBatesNumberedOneNumberPerPageAndKeepsItsNumbers() {
    Document d = pdf("letter.pdf");
    d.recordText(List.of("one", "two"));
    org.pincite.domain.bates.BatesRange range =
        org.pincite.domain.bates.BatesRange.parse("ROE0000005", "ROE0000006");
    d.numberPages(range, "ROE001");
    assertEquals("ROE0000005", d.getBegBates().orElseThrow().format());
    assertEquals("ROE0000006", d.getEndBates().orElseThrow().format());
    assertEquals("ROE0000006", d.batesOf(2).orElseThrow().format());
    assertTrue(d.batesOf(3).isEmpty());
    assertEquals("ROE001", d.getProduction());
    d.numberPages(range, "ROE001 (corrected)");
    assertEquals("ROE001 (corrected)", d.getProduction(), "the same range may be given again");
    DomainRuleViolation renumber =
        assertThrows(
            DomainRuleViolation.class,
            () -> d.numberPages(org.pincite.domain.bates.BatesRange.parse("ROE7", "ROE8"), "x"));
    assertTrue(renumber.getMessage().contains("already Bates-numbered"), renumber.getMessage());
  }

  @Test
  void aBatesRangeMustNumberEveryKnownPage() {
    Document d = pdf("three.pdf");
    d.recordText(List.of("1", "2", "3"));
    DomainRuleViolation e =
        assertThrows(
            DomainRuleViolation.class,
            () -> d.numberPages(org.pincite.domain.bates.BatesRange.parse("ROE1", "ROE2"), null));
    assertTrue(e.getMessage().contains("numbers 2 pages; the document has 3"), e.getMessage());
    Document unread = pdf("unread.pdf");
    unread.numberPages(org.pincite.domain.bates.BatesRange.parse("ROE1", "ROE2"), null);
    assertEquals(
        2, unread.getBates().orElseThrow().pageCount(), "pages not yet read: taken as given");
  }

  @Test
  void custodianAndConfidentialityAreRecordedAndCleared() {
    Document d = pdf("memo.pdf");
    d.recordCustodian("  Jane Roe ");
    d.designate(org.pincite.domain.bates.Confidentiality.CONFIDENTIAL);
    assertEquals("Jane Roe", d.getCustodian());
    assertEquals(
        org.pincite.domain.bates.Confidentiality.CONFIDENTIAL,
        d.getConfidentiality().orElseThrow());
    d.recordCustodian(" ");
    d.designate(null);
    assertNull(d.getCustodian());
    assertTrue(d.getConfidentiality().isEmpty());
  }

  @Test
  void aFamilyInOrderIsTheEmailThenEachAttachmentWithItsOwn() {
    Document email = pdf("mail.eml");
    Document a = pdf("a.pdf");
    Document b = pdf("b.pdf");
    Document inner = pdf("inner.pdf");
    email.attach(a);
    a.attach(inner);
    email.attach(b);
    assertEquals(List.of(email, a, inner, b), email.familyInOrder());
  }
}
