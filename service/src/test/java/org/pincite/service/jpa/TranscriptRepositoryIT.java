package org.pincite.service.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.DesignationKind;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptKind;

/** A transcript's numbered lines, particulars and designations kept in H2 and PostgreSQL. */
class TranscriptRepositoryIT {
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private static final String PAGE_1 = "  1  Q. Where were you?\n  2  A. At the office.\n  3\n";
  private static final String PAGE_2 = "  1  Q. And then?\n  2  A. Home.\n";

  private static List<NumberedLine> lines(int page, String text) {
    return text.lines()
        .filter(l -> !l.isBlank())
        .map(
            l -> {
              int at = text.indexOf(l);
              int n = Integer.parseInt(l.strip().split("\\s+")[0]);
              int start = l.length() > 5 ? at + 5 : at + 3;
              return new NumberedLine(page, n, start, at + l.length());
            })
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void linesParticularsAndDesignationsAreKeptAndReadBack(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    long documentId =
        db.inTransaction(
            em -> {
              Matter m =
                  new Matter("Doe v. Acme (fiction)", "Court", "FIC-1", LocalDate.of(2025, 1, 2));
              Party doe = m.addParty("Doe Industries", PartyRole.PLAINTIFF);
              m.addParty("Acme Widgets", PartyRole.DEFENDANT);
              new JpaMatterRepository(em).add(m);
              Document d =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      DocumentType.TRANSCRIPT,
                      "Roe deposition",
                      new StoredFile("roe.txt", "text/plain", 10, "ab".repeat(32)));
              d.recordText(List.of(PAGE_1, PAGE_2), List.of(lines(1, PAGE_1), lines(2, PAGE_2)));
              new JpaDocumentRepository(em).add(d);
              JpaTranscriptRepository transcripts = new JpaTranscriptRepository(em);
              Transcript t = new Transcript(d, TranscriptKind.DEPOSITION);
              t.describe(
                  TranscriptKind.DEPOSITION, "Jane Roe", LocalDate.of(2025, 3, 3), 1, 1, null);
              transcripts.add(t);
              Designation later =
                  new Designation(d, doe, DesignationKind.DESIGNATION, 2, 1, 2, 2, "a");
              Designation first =
                  new Designation(d, doe, DesignationKind.COUNTER_DESIGNATION, 1, 1, 1, 2, "a");
              first.objectTo("Hearsay");
              first.rule("Overruled");
              transcripts.add(later);
              transcripts.add(first);
              return d.getId();
            });
    db.inTransaction(
        em -> {
          Document d = new JpaDocumentRepository(em).find(documentId).orElseThrow();
          assertTrue(d.isLineNumbered());
          List<NumberedLine> page1 = d.page(1).orElseThrow().getLines();
          assertEquals(3, page1.size());
          assertEquals(
              "A. At the office.",
              PAGE_1.substring(page1.get(1).getStart(), page1.get(1).getEnd()));
          assertEquals(page1.get(2).getStart(), page1.get(2).getEnd(), "a blank numbered line");
          JpaTranscriptRepository transcripts = new JpaTranscriptRepository(em);
          assertEquals("Jane Roe", transcripts.find(documentId).orElseThrow().getWitness());
          List<Designation> designations = transcripts.designations(documentId);
          assertEquals(List.of(1, 2), designations.stream().map(Designation::getPageFrom).toList());
          assertEquals("Hearsay", designations.get(0).getObjection());
          assertEquals("Overruled", designations.get(0).getRuling());
          // Read again without lines (a new extractor found none): the old lines go with the text.
          d.recordText(List.of("plain text"));
          return null;
        });
    db.inTransaction(
        em -> {
          Document d = new JpaDocumentRepository(em).find(documentId).orElseThrow();
          assertTrue(d.page(1).orElseThrow().getLines().isEmpty());
          assertTrue(!d.isLineNumbered());
          return null;
        });
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void aDesignationRunsForwardAndALineStaysInsideItsPage(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    db.inTransaction(
        em -> {
          Matter m =
              new Matter("Doe v. Acme (fiction)", "Court", "FIC-2", LocalDate.of(2025, 1, 2));
          Party doe = m.addParty("Doe Industries", PartyRole.PLAINTIFF);
          Document d =
              new Document(
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.TRANSCRIPT,
                  "Roe deposition",
                  new StoredFile("roe.txt", "text/plain", 10, "cd".repeat(32)));
          DomainRuleViolation backward =
              assertThrows(
                  DomainRuleViolation.class,
                  () -> new Designation(d, doe, DesignationKind.DESIGNATION, 4, 2, 3, 25, "a"));
          assertTrue(
              backward.getMessage().contains("3:25 comes before 4:2"), backward.getMessage());
          assertThrows(
              DomainRuleViolation.class,
              () ->
                  d.recordText(List.of("short"), List.of(List.of(new NumberedLine(1, 1, 0, 99)))));
          return null;
        });
  }
}
