package org.pincite.service.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactDate;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptKind;
import org.pincite.service.chronology.ChronologyBuilder;
import org.pincite.service.chronology.ChronologyEntry;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.jpa.JpaAnnotationRepository;
import org.pincite.service.jpa.JpaClaimRepository;
import org.pincite.service.jpa.JpaDocumentRepository;
import org.pincite.service.jpa.JpaFactRepository;
import org.pincite.service.jpa.JpaMatterRepository;
import org.pincite.service.jpa.JpaTranscriptRepository;
import org.pincite.service.jpa.TestDatabase;
import org.pincite.service.transcript.LineCites;

/**
 * Facts stored in H2 and PostgreSQL with the demo matter's claims and two fictional emails (written
 * for this test), and the papers built from them read back: the separate statement's tables through
 * POI and its PDF through PDFBox, the statement of material facts, what is not yet proven and the
 * conflicting marks.
 */
class StatementsIT {
  private static final String KOREAN = "일론 머스크는 비영리 조직을 원했다";
  private static final String LINE_CITED_DEPOSITION = "Roe Dep. 1:2";
  private static final String LINE_CITED_DECLARATION = "Jackson Decl. 1:2\u20133";
  private TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private record Seeded(long matterId, long plaintiffId, Map<String, Long> claims) {}

  private static Passage passage(Document d, String words) {
    int at = d.page(1).orElseThrow().getText().indexOf(words);
    return Passage.select(d, 1, at, 1, at + words.length());
  }

  private static Document email(Matter m, String title, String label, String text, String sha) {
    Document d =
        new Document(
            m,
            DocumentKind.EVIDENCE,
            DocumentType.OTHER,
            title,
            new StoredFile(title + ".txt", "text/plain", 10, sha.repeat(64)));
    d.describe(title, LocalDate.of(2017, 9, 21), null, label);
    d.recordText(List.of(text));
    return d;
  }

  /**
   * A fictional paper with numbered lines after an unnumbered heading (a transcript's caption, a
   * declaration's title): {@code numbered} are its lines 1, 2, … on printed page 1.
   */
  private static Document lineNumbered(
      Matter m, DocumentType type, String title, String heading, List<String> numbered) {
    StringBuilder text = new StringBuilder(heading).append('\n');
    List<NumberedLine> lines = new java.util.ArrayList<>();
    for (int i = 0; i < numbered.size(); i++) {
      String margin = String.format("%3d  ", i + 1);
      text.append(margin);
      int start = text.length();
      text.append(numbered.get(i));
      lines.add(new NumberedLine(1, i + 1, start, text.length()));
      text.append('\n');
    }
    Document d =
        new Document(
            m,
            DocumentKind.EVIDENCE,
            type,
            title,
            new StoredFile(title + ".txt", "text/plain", 10, title.substring(0, 1).repeat(64)));
    d.describe(title, LocalDate.of(2025, 3, 3), null, null);
    d.recordText(List.of(text.toString()), List.of(lines));
    return d;
  }

  private Seeded seed() {
    return db.inTransaction(
        em -> {
          Matter m = DemoMatterContent.matter();
          new JpaMatterRepository(em).add(m);
          JpaClaimRepository claims = new JpaClaimRepository(em);
          DemoMatterContent.claims(m).forEach(claims::add);
          em.flush();
          Map<String, Claim> byLabel =
              claims.findAllOfMatter(m.getId()).stream()
                  .collect(Collectors.toMap(Claim::getLabel, Function.identity()));
          Claim existed = byLabel.get("A contract existed");
          Claim promise = byLabel.get("A clear and unambiguous promise");
          Claim breached = byLabel.get("Defendants breached");
          Document memo =
              email(
                  m,
                  "Founding memo",
                  "Ex. 3",
                  "OpenAI will be a non-profit and open its research. " + KOREAN,
                  "c");
          Document reply =
              email(m, "Reply", "Ex. 9", "Nobody promised that OpenAI stays a non-profit.", "d");
          // Fiction written for this test: a deposition (cited by page and line as testimony)
          // and a declaration on pleading paper, each under an unnumbered heading.
          Document roe =
              lineNumbered(
                  m,
                  DocumentType.TRANSCRIPT,
                  "Deposition of Jane Roe (fiction)",
                  "DEPOSITION OF JANE ROE, A FICTIONAL WITNESS",
                  List.of(
                      "Q. Was OpenAI promised to stay a non-profit?",
                      "A. Nobody promised me that, no.",
                      "Q. Who held the board seats?",
                      "A. The founders did."));
          Document jackson =
              lineNumbered(
                  m,
                  DocumentType.OTHER,
                  "Declaration of Sam Jackson (fiction)",
                  "DECLARATION OF SAM JACKSON IN SUPPORT OF THE MOTION",
                  List.of(
                      "I, Sam Jackson, declare:",
                      "1. OpenAI was incorporated as a non-profit",
                      "in December 2015."));
          JpaDocumentRepository docs = new JpaDocumentRepository(em);
          docs.add(memo);
          docs.add(reply);
          docs.add(roe);
          docs.add(jackson);
          // A fictional produced email Bates-numbered for one page, whose text, read again, has
          // two: its second page has no Bates number to cite.
          Document produced =
              new Document(
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.OTHER,
                  "Produced email (fiction)",
                  new StoredFile("produced.txt", "text/plain", 10, "e".repeat(64)));
          produced.numberPages(BatesRange.parse("OPENAI_000123", "OPENAI_000123"), "Prod. 1");
          produced.recordText(
              List.of("The board met on Monday.", "Staff were moved to the for-profit arm."));
          docs.add(produced);
          Transcript roeTranscript = new Transcript(roe, TranscriptKind.DEPOSITION);
          roeTranscript.describe(
              TranscriptKind.DEPOSITION, "Jane Roe", LocalDate.of(2025, 3, 3), 1, 1, null);
          new JpaTranscriptRepository(em).add(roeTranscript);
          JpaAnnotationRepository marks = new JpaAnnotationRepository(em);
          Annotation nonProfit =
              marks.add(
                  new Annotation(
                      memo,
                      passage(memo, "OpenAI will be a non-profit"),
                      Stance.SUPPORTS,
                      List.of(existed, promise),
                      null,
                      "paralegal"));
          Annotation korean =
              marks.add(
                  new Annotation(
                      memo,
                      passage(memo, KOREAN),
                      Stance.SUPPORTS,
                      List.of(existed),
                      null,
                      "paralegal"));
          // Another reviewer reads overlapping words the other way: a conflict.
          marks.add(
              new Annotation(
                  memo,
                  passage(memo, "a non-profit and open"),
                  Stance.REFUTES,
                  List.of(existed),
                  null,
                  "attorney"));
          Annotation denial =
              marks.add(
                  new Annotation(
                      reply,
                      passage(reply, "Nobody promised"),
                      Stance.REFUTES,
                      List.of(promise),
                      null,
                      "attorney"));
          Annotation lost =
              marks.add(
                  new Annotation(
                      reply,
                      passage(reply, "stays a non-profit"),
                      Stance.SUPPORTS,
                      List.of(breached),
                      null,
                      "paralegal"));
          lost.reanchor(List.of("text read again without the quote"));
          Annotation testimony =
              marks.add(
                  new Annotation(
                      roe,
                      Passage.select(
                          roe,
                          1,
                          roe.page(1).orElseThrow().getText().indexOf("A. Nobody"),
                          1,
                          roe.page(1).orElseThrow().getText().indexOf("that, no.") + 9),
                      Stance.REFUTES,
                      List.of(promise),
                      null,
                      "attorney"));
          Annotation declared =
              marks.add(
                  new Annotation(
                      jackson,
                      passage(jackson, "OpenAI was incorporated as a non-profit\n  3  in December"),
                      Stance.SUPPORTS,
                      List.of(existed),
                      null,
                      "paralegal"));
          Annotation numberedPage =
              marks.add(
                  new Annotation(
                      produced,
                      passage(produced, "The board met"),
                      Stance.SUPPORTS,
                      List.of(byLabel.get("Harm caused by the breach")),
                      null,
                      "paralegal"));
          String moved = "Staff were moved";
          Annotation unnumberedPage =
              marks.add(
                  new Annotation(
                      produced,
                      Passage.select(produced, 2, 0, 2, moved.length()),
                      Stance.SUPPORTS,
                      List.of(byLabel.get("The duty was breached")),
                      null,
                      "paralegal"));
          // Words of the deposition's unnumbered heading: no page:line cite to give.
          Annotation heading =
              marks.add(
                  new Annotation(
                      roe,
                      passage(roe, "DEPOSITION OF JANE ROE"),
                      Stance.SUPPORTS,
                      List.of(byLabel.get("A fiduciary duty existed")),
                      null,
                      "paralegal"));
          JpaFactRepository facts = new JpaFactRepository(em);
          // Fact 1 bears on an element of both counts: repeated under both issues.
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  "OpenAI was founded as a non-profit.",
                  FactDate.on(LocalDate.of(2015, 12, 11)),
                  FactStatus.DISPUTED_BY_OPPOSITION,
                  true,
                  true,
                  List.of(
                      new Fact.Bearing(existed, Stance.SUPPORTS),
                      new Fact.Bearing(promise, Stance.SUPPORTS)),
                  List.of(
                      new Fact.Evidence(nonProfit, SourceRole.SUPPORTS),
                      new Fact.Evidence(declared, SourceRole.SUPPORTS),
                      new Fact.Evidence(denial, SourceRole.DISPUTES),
                      new Fact.Evidence(testimony, SourceRole.DISPUTES)),
                  "attorney"));
          em.flush();
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  KOREAN,
                  FactDate.inYear(2016),
                  FactStatus.UNDISPUTED,
                  true,
                  false,
                  List.of(new Fact.Bearing(existed, Stance.SUPPORTS)),
                  List.of(
                      new Fact.Evidence(korean, SourceRole.SUPPORTS),
                      new Fact.Evidence(nonProfit, SourceRole.SUPPORTS)),
                  "attorney"));
          em.flush();
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  "Defendants built a for-profit arm.",
                  FactDate.none(),
                  FactStatus.UNDISPUTED,
                  true,
                  false,
                  List.of(new Fact.Bearing(breached, Stance.SUPPORTS)),
                  List.of(new Fact.Evidence(lost, SourceRole.SUPPORTS)),
                  "attorney"));
          // Not material: never in a statement.
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  "Musk liked the name.",
                  FactDate.none(),
                  FactStatus.UNDISPUTED,
                  false,
                  false,
                  List.of(new Fact.Bearing(existed, Stance.SUPPORTS)),
                  List.of(new Fact.Evidence(korean, SourceRole.SUPPORTS)),
                  "attorney"));
          // Undisputed, but resting only on words outside the deposition's numbered lines.
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  "A fictional witness was deposed.",
                  FactDate.none(),
                  FactStatus.UNDISPUTED,
                  true,
                  false,
                  List.of(
                      new Fact.Bearing(byLabel.get("A fiduciary duty existed"), Stance.SUPPORTS)),
                  List.of(new Fact.Evidence(heading, SourceRole.SUPPORTS)),
                  "attorney"));
          // Fact 6 rests on the produced email's page without a Bates number, fact 7 on its
          // Bates-numbered page.
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  "Staff were moved to the for-profit arm.",
                  FactDate.none(),
                  FactStatus.UNDISPUTED,
                  true,
                  false,
                  List.of(new Fact.Bearing(byLabel.get("The duty was breached"), Stance.SUPPORTS)),
                  List.of(new Fact.Evidence(unnumberedPage, SourceRole.SUPPORTS)),
                  "attorney"));
          em.flush();
          facts.add(
              new Fact(
                  m,
                  facts.nextNumber(m.getId()),
                  "The board met.",
                  FactDate.none(),
                  FactStatus.UNDISPUTED,
                  true,
                  false,
                  List.of(
                      new Fact.Bearing(byLabel.get("Harm caused by the breach"), Stance.SUPPORTS)),
                  List.of(new Fact.Evidence(numberedPage, SourceRole.SUPPORTS)),
                  "attorney"));
          Party plaintiff =
              m.getParties().stream()
                  .filter(p -> p.getName().equals(DemoMatterContent.PLAINTIFF))
                  .findFirst()
                  .orElseThrow();
          return new Seeded(
              m.getId(),
              plaintiff.getId(),
              byLabel.entrySet().stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getId())));
        });
  }

  /** The review as the server wires it: transcripts named by their particulars. */
  private static MotionReview review(jakarta.persistence.EntityManager em) {
    JpaDocumentRepository documents = new JpaDocumentRepository(em);
    MotionReview review =
        new MotionReview(
            new JpaClaimRepository(em),
            new JpaFactRepository(em),
            new JpaAnnotationRepository(em),
            documents);
    review.lineCites = new LineCites(documents, new JpaTranscriptRepository(em));
    return review;
  }

  private Statement statement(Seeded s, StatementKind kind, StatementSide side) {
    return db.inTransaction(
        em -> {
          JpaClaimRepository claims = new JpaClaimRepository(em);
          JpaFactRepository facts = new JpaFactRepository(em);
          MotionReview review = review(em);
          StatementAssembler assembler =
              new StatementAssembler(claims, facts, new JpaDocumentRepository(em), review);
          assembler.lineCites = review.lineCites;
          Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
          Party plaintiff =
              m.getParties().stream()
                  .filter(p -> p.getId() == s.plaintiffId())
                  .findFirst()
                  .orElseThrow();
          List<Claim> atIssue =
              List.of(
                  claims.find(s.claims().get("Breach of contract (the Founding Agreement)")).get(),
                  claims.find(s.claims().get("Promissory estoppel")).get());
          return assembler.assemble(m, plaintiff, atIssue, kind, side);
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void factsAreStoredAuditedAndNumberedAndRestatingKeepsTheirRows(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    db.run(
        em -> {
          JpaFactRepository facts = new JpaFactRepository(em);
          List<Fact> all = facts.findByMatter(s.matterId());
          assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), all.stream().map(Fact::getNumber).toList());
          assertEquals(8, facts.nextNumber(s.matterId()));
          Fact first = all.get(0);
          assertEquals(2, first.getClaims().size());
          assertEquals(
              2, facts.findByPassage(first.getSources().get(0).getPassage().getId()).size());
          first.mark(FactStatus.UNDISPUTED, "paralegal");
        });
    db.run(
        em -> {
          Fact first = new JpaFactRepository(em).findByMatter(s.matterId()).get(0);
          assertEquals(FactStatus.UNDISPUTED, first.getStatus());
          assertEquals(4, first.getSources().size());
          List<Number> revisions =
              AuditReaderFactory.get(em).getRevisions(Fact.class, first.getId());
          assertEquals(2, revisions.size(), "added, then marked undisputed");
          // The dated facts are on the chronology's timeline; the undated one is not.
          List<String> onTimeline =
              new ChronologyBuilder(em)
                  .build(s.matterId(), null, null).entries().stream()
                      .filter(ChronologyEntry::isFact)
                      .map(ChronologyEntry::text)
                      .toList();
          assertEquals(
              List.of(
                  "Fact 1 (11 Dec 2015): OpenAI was founded as a non-profit.",
                  "Fact 2 (2016): " + KOREAN),
              onTimeline);
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theSeparateStatementNumbersFactsAcrossIssuesAndReadsBackFromDocxAndPdf(
      TestDatabase.Kind kind) throws Exception {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    Statement moving = statement(s, StatementKind.SEPARATE_STATEMENT, StatementSide.MOVING);
    assertEquals(2, moving.issues().size());
    StatementIssue contract = moving.issues().get(0);
    StatementIssue estoppel = moving.issues().get(1);
    assertTrue(contract.heading().startsWith("Issue 1: Defendants agreed with Musk in 2015"));
    // By date: fact 1 (11 Dec 2015) is statement fact 1, the Korean fact (2016) fact 2, the
    // undated fact 3; fact 1 is repeated with its number under the second issue.
    assertEquals(List.of(1, 2, 3), contract.facts().stream().map(StatementFact::number).toList());
    assertEquals(List.of(1), estoppel.facts().stream().map(StatementFact::number).toList());
    assertEquals(KOREAN, contract.facts().get(1).text());
    assertEquals(
        List.of("Founding memo, Ex. 3, at 1", "Founding memo, Ex. 3, at 1"),
        contract.facts().get(1).supportingCites());

    Statement opposing = statement(s, StatementKind.SEPARATE_STATEMENT, StatementSide.OPPOSING);
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    new DocxStatementWriter().write(opposing, docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
      List<String> headings =
          doc.getParagraphs().stream()
              .filter(p -> "Heading1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertEquals(2, headings.size());
      assertTrue(headings.get(1).startsWith("Issue 2: Even without a contract"));
      List<XWPFTable> tables = doc.getTables();
      assertEquals(3, tables.size(), "the caption box and one table per issue");
      assertTrue(tables.get(0).getRow(0).getCell(1).getText().contains("Case No. CGC-24-612746"));
      XWPFTable first = tables.get(1);
      assertEquals(StatementText.MOVING_COLUMN, first.getRow(0).getCell(0).getText());
      assertEquals(StatementText.OPPOSING_COLUMN, first.getRow(0).getCell(1).getText());
      assertEquals(4, first.getRows().size());
      // Each cite in its cell and order: the declaration on pleading paper by page and line in
      // the moving party's column, the deposition by page and line, named as testimony is, in the
      // opposing party's.
      assertEquals(
          List.of(
              "1. OpenAI was founded as a non-profit.",
              "Supporting Evidence:",
              "Founding memo, Ex. 3, at 1",
              LINE_CITED_DECLARATION),
          paragraphs(first.getRow(1).getCell(0)));
      assertEquals(
          List.of("Disputed.", "Reply, Ex. 9, at 1", LINE_CITED_DEPOSITION),
          paragraphs(first.getRow(1).getCell(1)));
      assertEquals("2. " + KOREAN, paragraphs(first.getRow(2).getCell(0)).get(0));
      assertEquals(List.of("Undisputed."), paragraphs(first.getRow(2).getCell(1)));
      assertTrue(paragraphs(first.getRow(3).getCell(0)).get(2).contains("verify before citing"));
      assertEquals(
          "1. OpenAI was founded as a non-profit.",
          paragraphs(tables.get(2).getRow(1).getCell(0)).get(0));
    }

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new PdfStatementWriter().write(opposing, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("SUPERIOR COURT OF CALIFORNIA"), text);
      assertTrue(text.contains("Issue 1: Defendants agreed with Musk"), text);
      assertTrue(text.contains(KOREAN), text);
      assertTrue(text.contains("Disputed."), text);
      assertTrue(text.contains("Reply, Ex. 9, at 1"), text);
      assertTrue(text.contains(LINE_CITED_DEPOSITION), text);
      assertTrue(text.contains(LINE_CITED_DECLARATION), text);
      assertTrue(text.contains("RESPONSE TO PLAINTIFF ELON MUSK"), text);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theStatementOfMaterialFactsHasEachFactOnceAndTheCounterstatementAnswersIt(
      TestDatabase.Kind kind) throws Exception {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    Statement counter =
        statement(s, StatementKind.STATEMENT_OF_MATERIAL_FACTS, StatementSide.OPPOSING);
    assertEquals(
        List.of(1, 2, 3), counter.paragraphs().stream().map(StatementFact::number).toList());
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    new DocxStatementWriter().write(counter, docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
      List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int first =
          text.indexOf(
              "1. OpenAI was founded as a non-profit. (Founding memo, Ex. 3, at 1; "
                  + LINE_CITED_DECLARATION
                  + ".)");
      assertTrue(first > 0, text.toString());
      assertEquals(
          "Response: Disputed. Reply, Ex. 9, at 1; " + LINE_CITED_DEPOSITION + ".",
          text.get(first + 1));
      assertTrue(
          text.contains(
              "2. " + KOREAN + " (Founding memo, Ex. 3, at 1; Founding memo, Ex. 3, at 1.)"));
      // The caption as a federal court's papers show it: the parties boxed with "-against-"
      // between them, the case number beside them, the title centred under the box (not in it,
      // as California has it), and a federal motion (no summary adjudication).
      XWPFTable box = doc.getTables().get(0);
      List<String> parties = paragraphs(box.getRow(0).getCell(0));
      assertEquals(StatementText.AGAINST, parties.get(parties.indexOf("Plaintiff,") + 2));
      assertEquals("ELON MUSK,", parties.get(0));
      assertTrue(box.getRow(0).getCell(1).getText().contains("Case No. CGC-24-612746"));
      assertTrue(!box.getText().contains("STATEMENT"), box.getText());
      XWPFParagraph title =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().contains("COUNTERSTATEMENT TO PLAINTIFF ELON MUSK"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(text));
      assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, title.getAlignment());
      assertTrue(
          title.getText().endsWith("IN SUPPORT OF MOTION FOR SUMMARY JUDGMENT"), title.getText());
      assertTrue(text.indexOf(title.getText()) < first, "the title before the paragraphs");
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new PdfStatementWriter().write(counter, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("COUNTERSTATEMENT TO PLAINTIFF ELON MUSK"), text);
      assertTrue(text.contains(StatementText.AGAINST + " SAMUEL ALTMAN"), text);
      assertTrue(!text.contains("SUMMARY ADJUDICATION"), text);
      assertTrue(text.contains("Response: Undisputed."), text);
      assertTrue(text.contains(KOREAN), text);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void whatIsNotYetProvenAndTheConflictsAreListed(TestDatabase.Kind kind) {
    db = TestDatabase.start(kind);
    Seeded s = seed();
    db.run(
        em -> {
          MotionReview review = review(em);
          Matter m = new JpaMatterRepository(em).find(s.matterId()).orElseThrow();
          Party plaintiff =
              m.getParties().stream()
                  .filter(p -> p.getId() == s.plaintiffId())
                  .findFirst()
                  .orElseThrow();
          List<Unproven> unproven = review.unproven(m, plaintiff);
          List<String> elements =
              unproven.stream()
                  .filter(u -> u.kind() == Unproven.Kind.ELEMENT_WITHOUT_FACT)
                  .map(Unproven::claim)
                  .toList();
          // "A contract existed" has the undisputed Korean fact; "Defendants breached" an
          // undisputed fact too (its source is lost: listed below); the promise's fact is disputed.
          assertTrue(!elements.contains("A contract existed"), elements.toString());
          assertTrue(!elements.contains("Defendants breached"), elements.toString());
          assertTrue(elements.contains("A clear and unambiguous promise"), elements.toString());
          assertTrue(elements.contains("Damages"), elements.toString());
          assertTrue(!elements.contains("A fiduciary duty existed"), elements.toString());
          List<Unproven> uncitable =
              unproven.stream()
                  .filter(u -> u.kind() == Unproven.Kind.FACT_WITHOUT_CITABLE_SOURCE)
                  .toList();
          // Fact 3 rests on a lost passage; fact 5 on the deposition's heading, which has no
          // page:line cite though the deposition has numbered lines; fact 6 on a page the
          // production's Bates range does not number. Fact 1 cites the declaration and the memo,
          // fact 7 a Bates-numbered page: citable.
          assertEquals(List.of(3, 5, 6), uncitable.stream().map(Unproven::factNumber).toList());
          assertTrue(uncitable.get(0).reason().contains("not found"), uncitable.toString());
          assertTrue(uncitable.get(1).reason().contains("no page:line cite"), uncitable.toString());
          assertEquals("A fiduciary duty existed", uncitable.get(1).claim());
          assertTrue(uncitable.get(2).reason().contains("no Bates number"), uncitable.toString());
          assertEquals("The duty was breached", uncitable.get(2).claim());

          List<Conflict> conflicts = review.conflicts(m);
          List<Conflict> overlapping =
              conflicts.stream()
                  .filter(c -> c.kind() == Conflict.Kind.OVERLAPPING_PASSAGES)
                  .toList();
          assertEquals(1, overlapping.size(), conflicts.toString());
          assertEquals("A contract existed", overlapping.get(0).claim());
          assertEquals("Founding memo", overlapping.get(0).document());
          // The Korean fact is undisputed but the memo also has words marked as refuting the
          // contract's existence.
          List<Integer> contradicted =
              conflicts.stream()
                  .filter(c -> c.kind() == Conflict.Kind.UNDISPUTED_FACT_CONTRADICTED)
                  .map(Conflict::factNumber)
                  .toList();
          assertEquals(List.of(2, 4), contradicted);
        });
  }

  private static List<String> paragraphs(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }
}
