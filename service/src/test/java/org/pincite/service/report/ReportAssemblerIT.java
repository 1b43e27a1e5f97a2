package org.pincite.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.TestDatabase;

/**
 * A report and a claim chart assembled from the demo matter's claims, the demo complaint's real
 * text and an email, stored in H2 and PostgreSQL and read back through the JPA repositories.
 */
class ReportAssemblerIT {
  private static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private record Seeded(long matterId, Map<String, Long> claims) {}

  private static Passage passage(Document d, String words) {
    for (int n = 1; n <= d.getPageCount(); n++) {
      int at = d.page(n).orElseThrow().getText().indexOf(words);
      if (at >= 0) {
        return Passage.select(d, n, at, n, at + words.length());
      }
    }
    throw new AssertionError("not in " + d.getTitle() + ": " + words);
  }

  private Seeded seed() {
    // The demo complaint is on pleading paper: its pages with their numbered lines, as ingest
    // records them.
    ExtractionOutcome.Extracted complaintText =
        (ExtractionOutcome.Extracted)
            new PdfTextExtractor().extract(DemoMatterContent.complaintPdf());
    return db.inTransaction(
        em -> {
          Matter m = DemoMatterContent.matter();
          new JpaMatterRepository(em).add(m);
          JpaClaimRepository claims = new JpaClaimRepository(em);
          DemoMatterContent.claims(m).forEach(claims::add);
          Matter other = DemoMatterContent.secondMatter();
          new JpaMatterRepository(em).add(other);
          DemoMatterContent.secondMatterClaims(other).forEach(claims::add);
          em.flush();
          Map<String, Claim> byLabel =
              claims.findAllOfMatter(m.getId()).stream()
                  .collect(Collectors.toMap(Claim::getLabel, Function.identity()));

          Document complaint =
              new Document(
                  m,
                  DocumentKind.FILING,
                  DocumentType.COMPLAINT,
                  "Complaint",
                  new StoredFile("complaint.pdf", "application/pdf", 100, "a".repeat(64)));
          complaint.describe("Complaint", DemoMatterContent.FILED_ON, null, null);
          complaint.recordText(complaintText.pages(), complaintText.lines());
          Document email =
              new Document(
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.EMAIL,
                  "Re: Proposed for-profit structure",
                  new StoredFile("s.eml", "message/rfc822", 10, "b".repeat(64)));
          email.describe(
              "Re: Proposed for-profit structure",
              java.time.LocalDate.of(2017, 9, 21),
              null,
              "Ex. 7");
          email.recordEmailHeaders(
              new EmailHeaders(
                  "Elon Musk <elon@example.org>",
                  "Greg Brockman <greg@example.org>, Ilya Sutskever <ilya@example.org>",
                  null,
                  OffsetDateTime.of(2017, 9, 21, 5, 17, 0, 0, ZoneOffset.UTC),
                  "Re: Proposed for-profit structure",
                  "<x@example.org>"));
          email.recordText(
              List.of("I would unequivocally have initial control of the company. 일론 머스크"));
          JpaDocumentRepository docs = new JpaDocumentRepository(em);
          docs.add(complaint);
          docs.add(email);
          JpaAnnotationRepository marks = new JpaAnnotationRepository(em);
          Claim contract = byLabel.get("Breach of contract (the Founding Agreement)");
          Claim existed = byLabel.get("A contract existed");
          Claim breached = byLabel.get("Defendants breached");
          Claim forProfit =
              byLabel.get("Musk sought majority equity, board control and the CEO role");
          marks.add(
              new Annotation(
                  complaint,
                  passage(complaint, "7. In 2015 Plaintiff, Mr. Altman and Mr. Brockman agreed"),
                  Stance.SUPPORTS,
                  List.of(existed),
                  "The agreement.",
                  "paralegal"));
          marks.add(
              new Annotation(
                  complaint,
                  passage(complaint, "freely available to the public"),
                  Stance.SUPPORTS,
                  List.of(contract),
                  null,
                  "attorney"));
          // One passage bears on an element of the count and on a defence: only the element's side
          // is in the count's report.
          marks.add(
              new Annotation(
                  email,
                  passage(email, "I would unequivocally have initial control"),
                  Stance.REFUTES,
                  List.of(breached, forProfit),
                  "Control, not charity.",
                  "paralegal"));
          marks.add(
              new Annotation(
                  complaint,
                  passage(complaint, "OpenAI, Inc. was incorporated in December 2015"),
                  Stance.CONTEXT,
                  List.of(existed),
                  null,
                  "paralegal"));
          // Only the defence: never in the count's report.
          marks.add(
              new Annotation(
                  email,
                  passage(email, "일론 머스크"),
                  Stance.SUPPORTS,
                  List.of(forProfit),
                  null,
                  "paralegal"));
          return new Seeded(
              m.getId(),
              byLabel.entrySet().stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getId())));
        });
  }

  private static ReportAssembler assembler(jakarta.persistence.EntityManager em) {
    return new ReportAssembler(
        new JpaClaimRepository(em), new JpaAnnotationRepository(em), new JpaDocumentRepository(em));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aCountsReportHoldsItsOwnAndItsElementsPassagesWithPinCitesGapsAndIndex(
      TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    ClaimReport report =
        db.inTransaction(
            em -> {
              Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
              Claim count =
                  new JpaClaimRepository(em)
                      .find(s.claims().get("Breach of contract (the Founding Agreement)"))
                      .orElseThrow();
              return assembler(em).report(m, count, false, "attorney", AT);
            });
    assertEquals("CGC-24-612746", report.header().docketNumber());
    assertEquals("Elon Musk", report.header().assertedBy());
    assertEquals("attorney", report.header().preparedBy());
    assertEquals(
        List.of(
            "Count: Breach of contract (the Founding Agreement)",
            "Element: A contract existed",
            "Element: Plaintiff performed",
            "Element: Defendants breached",
            "Element: Damages"),
        report.sections().stream().map(ClaimSection::title).toList());
    ClaimSection count = report.sections().get(0);
    assertEquals(
        List.of("Compl. \u00b6 8, 3:8"),
        count.supporting().stream().map(PassageEntry::cite).toList());
    ClaimSection existed = report.sections().get(1);
    assertEquals("Compl. \u00b6 7, 3:3", existed.supporting().get(0).cite());
    assertEquals("paralegal", existed.supporting().get(0).reviewer());
    assertEquals("The agreement.", existed.supporting().get(0).note());
    assertTrue(existed.context().isEmpty(), "context only when asked");
    ClaimSection breached = report.sections().get(3);
    assertEquals(1, breached.refuting().size());
    assertEquals(
        "Email from E. Musk to G. Brockman and I. Sutskever, 21 Sep 2017, 'Re: Proposed for-profit structure', Ex. 7, at 1",
        breached.refuting().get(0).cite());
    assertEquals("I would unequivocally have initial control", breached.refuting().get(0).quote());
    assertTrue(
        report.sections().stream()
            .flatMap(x -> x.supporting().stream())
            .noneMatch(e -> e.quote().equals("일론 머스크")),
        "the defence's own passage is left out");
    assertEquals(
        List.of(
            "Element: Plaintiff performed/SUPPORTS",
            "Element: Defendants breached/SUPPORTS",
            "Element: Damages/SUPPORTS"),
        report.gaps().stream().map(g -> g.title() + "/" + g.missing()).toList(),
        "a gap is an element nothing supports; no refuting passage is no gap");
    assertEquals(new ReportCounts(2, 1, 0, 2, 3), report.counts());
    assertEquals(
        List.of("Re: Proposed for-profit structure", "Complaint"),
        report.index().stream().map(CitedDocument::title).toList(),
        "oldest first");
    assertEquals("b".repeat(64), report.index().get(0).sha256());
    assertEquals("Ex. 7", report.index().get(0).exhibit());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anOrphanedPassageIsCitedWithAWarningToVerifyIt(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    db.run(
        em ->
            new JpaAnnotationRepository(em)
                .findByClaim(s.claims().get("Defendants breached"))
                .forEach(a -> a.reanchor(List.of("A new OCR that reads nothing of the kind."))));
    assertEquals(
        1,
        db.inTransaction(em -> new JpaAnnotationRepository(em).findOrphaned(s.matterId())).size());
    ClaimReport report =
        db.inTransaction(
            em -> {
              Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
              Claim element =
                  new JpaClaimRepository(em)
                      .find(s.claims().get("Defendants breached"))
                      .orElseThrow();
              return assembler(em).report(m, element, false, "attorney", AT);
            });
    PassageEntry orphan = report.sections().get(0).refuting().get(0);
    assertEquals(
        "I would unequivocally have initial control", orphan.quote(), "the quote as marked");
    assertTrue(
        orphan.cite().endsWith("[not found in the document's current text: verify before citing]"),
        orphan.cite());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void withContextAndOnAnElementAlone(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    ClaimReport report =
        db.inTransaction(
            em -> {
              Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
              Claim element =
                  new JpaClaimRepository(em)
                      .find(s.claims().get("A contract existed"))
                      .orElseThrow();
              return assembler(em).report(m, element, true, "viewer", AT);
            });
    assertEquals(1, report.sections().size());
    assertEquals(
        List.of("Compl. \u00b6 9, 3:11"),
        report.sections().get(0).context().stream().map(PassageEntry::cite).toList());
    assertEquals(
        new ReportCounts(1, 0, 1, 1, 0),
        report.counts(),
        "supported and not refuted: no gap (what the other side lacks is none)");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theClaimChartCountsEachClaimWithEverythingBelowIt(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    ClaimChart chart =
        db.inTransaction(
            em ->
                assembler(em)
                    .chart(
                        new JpaMatterRepository(em).find(s.matterId()).orElseThrow(),
                        "attorney",
                        AT));
    Map<String, ClaimChart.Row> rows =
        chart.rows().stream().collect(Collectors.toMap(ClaimChart.Row::label, Function.identity()));
    assertEquals(
        DemoMatterContent.claims(DemoMatterContent.matter()).stream()
            .mapToInt(c -> c.selfAndDescendants().size())
            .sum(),
        chart.rows().size(),
        "every claim and element of this matter, none of the other");
    ClaimChart.Row count = rows.get("Breach of contract (the Founding Agreement)");
    assertEquals(0, count.depth());
    assertEquals(List.of(2, 1, 1), List.of(count.supporting(), count.refuting(), count.context()));
    // The complaint is on pleading paper: its passages are named by their page:line cites.
    assertEquals(
        List.of("Compl. \u00b6 7, 3:3", "Compl. \u00b6 8, 3:8"), count.supportingDocuments());
    assertEquals(List.of("Ex. 7"), count.refutingDocuments());
    assertEquals(
        List.of(1, 0),
        List.of(count.ownSupporting(), count.ownRefuting()),
        "the passages on the count itself, beside those with its elements");
    assertFalse(count.gap(), "a count proven through its elements has no gap of its own");
    ClaimChart.Row performed = rows.get("Plaintiff performed");
    assertEquals(1, performed.depth());
    assertEquals("Gap: nothing supports it", performed.gapText());
    ClaimChart.Row breached = rows.get("Defendants breached");
    assertTrue(breached.gap(), "refuted and unsupported: a gap");
    ClaimChart.Row existed = rows.get("A contract existed");
    assertEquals("", existed.gapText(), "supported, with nothing against it: no gap");
    ClaimChart.Row defence = rows.get("Musk knew of and pushed for a for-profit structure");
    assertEquals(List.of(1, 1), List.of(defence.supporting(), defence.refuting()));
    assertEquals("Count", chart.rows().get(0).kind());
    assertEquals("Breach of contract (the Founding Agreement)", chart.rows().get(0).label());
    assertEquals("A contract existed", chart.rows().get(1).label());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theClaimsPageTheChartAndTheReportsCountWithOneArithmetic(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    db.run(
        em -> {
          Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
          EvidenceArithmetic evidence =
              EvidenceArithmetic.of(
                  new JpaClaimRepository(em).findAllOfMatter(m.getId()),
                  new JpaAnnotationRepository(em).findByMatter(m.getId()));
          for (ClaimChart.Row row : assembler(em).chart(m, "attorney", AT).rows()) {
            EvidenceArithmetic.ClaimEvidence n = evidence.of(row.claimId());
            assertEquals(
                List.of(
                    n.withElements().supporting(),
                    n.withElements().refuting(),
                    n.own().supporting(),
                    n.own().refuting()),
                List.of(row.supporting(), row.refuting(), row.ownSupporting(), row.ownRefuting()),
                row.label());
            assertEquals(n.gap(), row.gap(), row.label());
          }
          long contract = s.claims().get("Breach of contract (the Founding Agreement)");
          EvidenceArithmetic.ClaimEvidence count = evidence.of(contract);
          assertEquals(new EvidenceArithmetic.Tally(1, 0, 0), count.own());
          assertEquals(new EvidenceArithmetic.Tally(2, 1, 1), count.withElements());
          List<Long> gapsInReport =
              assembler(em)
                  .report(
                      m, new JpaClaimRepository(em).find(contract).orElseThrow(), false, "a", AT)
                  .gaps()
                  .stream()
                  .map(Gap::claimId)
                  .toList();
          for (long id : gapsInReport) {
            assertTrue(evidence.of(id).gap(), "the report's gaps are the arithmetic's");
          }
        });
  }
}
