package org.pincite.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.service.Corpus;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.TestDatabase;

/**
 * A report quoting the 9th Circuit's opinion of the shared corpus across a page break, stored in H2
 * and PostgreSQL: it cites the opinion by its short name and printed pages, quotes its words
 * without the running header, and leaves the stored text and the passage's offsets as they were.
 */
class CitedOpinionIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private record Stored(long matterId, long claimId, long passageId, long documentId) {}

  private record Snapshot(String page3, String page4, int start, int end, String quote) {}

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anOpinionIsCitedByItsShortNameAndPrintedPagesWithACleanQuote(TestDatabase.Kind kind)
      throws IOException {
    db = TestDatabase.start(kind);
    byte[] pdf = Files.readAllBytes(Corpus.root().resolve("pdf/court_cl_9thCircuit-07-55393.pdf"));
    Stored s =
        db.inTransaction(
            em -> {
              Matter m = DemoMatterContent.matter();
              new JpaMatterRepository(em).add(m);
              JpaClaimRepository claims = new JpaClaimRepository(em);
              DemoMatterContent.claims(m).forEach(claims::add);
              em.flush();
              Claim existed =
                  claims.findAllOfMatter(m.getId()).stream()
                      .filter(c -> c.getLabel().equals("A contract existed"))
                      .findFirst()
                      .orElseThrow();
              Document opinion =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.CASE,
                      "court_cl_9thCircuit-07-55393.pdf",
                      new StoredFile(
                          "court_cl_9thCircuit-07-55393.pdf",
                          "application/pdf",
                          pdf.length,
                          "c".repeat(64)));
              new PdfTextExtractor().extract(pdf).applyTo(opinion);
              new JpaDocumentRepository(em).add(opinion);
              String p3 = opinion.page(3).orElseThrow().getText();
              String p4 = opinion.page(4).orElseThrow().getText();
              Passage across =
                  Passage.select(
                      opinion,
                      3,
                      p3.indexOf("it must be a con-"),
                      4,
                      p4.indexOf("tives.") + "tives.".length());
              Annotation a =
                  new Annotation(
                      opinion,
                      across,
                      Stance.SUPPORTS,
                      List.of(existed),
                      "Deliberate choice.",
                      "paralegal");
              new JpaAnnotationRepository(em).add(a);
              em.flush();
              return new Stored(m.getId(), existed.getId(), a.getId(), opinion.getId());
            });
    Snapshot before = snapshot(s);
    assertEquals(
        "Mortimer v. Baca",
        db.inTransaction(em -> em.find(Document.class, s.documentId()).getTitle()),
        "the first guess at its name is the running header's case name");
    db.run(em -> em.find(Document.class, s.documentId()).nameForCites("Mortimer", "596 F.3d 1234"));

    PassageEntry entry = entry(s);
    assertEquals("Mortimer, 596 F.3d 1234, 2087\u201388", entry.cite());
    assertEquals(
        "it must be a conscious or deliberate choice among various alternatives.", entry.quote());
    db.run(em -> em.find(Document.class, s.documentId()).nameForCites("Mortimer v. Baca", null));
    assertEquals("Mortimer v. Baca, slip op. at 2087\u201388", entry(s).cite());
    assertEquals(before, snapshot(s), "the stored text and the passage's offsets are unchanged");
  }

  private PassageEntry entry(Stored s) {
    ClaimReport report =
        db.inTransaction(
            em -> {
              Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
              Claim c = new JpaClaimRepository(em).find(s.claimId()).orElseThrow();
              return new ReportAssembler(
                      new JpaClaimRepository(em),
                      new JpaAnnotationRepository(em),
                      new JpaDocumentRepository(em))
                  .report(m, c, false, "attorney", Instant.parse("2026-12-01T12:00:00Z"));
            });
    return report.sections().get(0).supporting().get(0);
  }

  private Snapshot snapshot(Stored s) {
    return db.inTransaction(
        em -> {
          Document d = em.find(Document.class, s.documentId());
          Annotation a = em.find(Annotation.class, s.passageId());
          return new Snapshot(
              d.page(3).orElseThrow().getText(),
              d.page(4).orElseThrow().getText(),
              a.getPassage().getStartOffset(),
              a.getPassage().getEndOffset(),
              a.getPassage().getQuote());
        });
  }
}
