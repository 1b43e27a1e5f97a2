package org.pincite.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;
import org.pincite.service.Corpus;
import org.pincite.service.demo.DemoEmail;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.error.MalformedQueryException;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.ingest.mail.EmailExtractor;
import org.pincite.service.jpa.TestDatabase;

/**
 * Indexing and querying on a real H2 database and Lucene index: two court opinions of the shared
 * corpus, the demo's Korean email, a page with markup in it, passages and notes. {@link
 * MatterSearchOnOpenSearchIT} runs every test again on a real OpenSearch node.
 */
class MatterSearchIT {
  private static final String TENTH = "pdf/court_cl_10thCircuit-06-6247.pdf";
  private static final String SECOND = "pdf/court_cl_2ndCircuit-08-6301-cv_opn.pdf";

  static TestDatabase db;
  private static long matterId;
  private static long otherMatterId;
  private static long opinionId;
  private static long secondId;
  private static long emailId;
  private static long markupId;
  private static long claimId;
  private static long otherClaimId;
  private static long annotationId;

  @BeforeAll
  static void seed() {
    seed(TestDatabase.SearchEngine.LUCENE);
  }

  /** The same data on either engine ({@link MatterSearchOnOpenSearchIT} hides {@link #seed()}). */
  static void seed(TestDatabase.SearchEngine engine) {
    List<String> tenth = pages(TENTH);
    List<String> second = pages(SECOND);
    db = TestDatabase.start(TestDatabase.Kind.H2, engine);
    db.run(
        em -> {
          Matter m =
              new Matter(
                  "Triplet v. Franklin",
                  "U.S. Court of Appeals, Tenth Circuit",
                  "06-6247",
                  LocalDate.of(2010, 2, 5));
          Party triplet = m.addParty("Steven Montrail Triplet", PartyRole.PLAINTIFF);
          em.persist(m);
          Claim count =
              Claim.topLevel(
                  ClaimKind.COUNT,
                  triplet,
                  "Juvenile tried as an adult",
                  "The adult court lacked jurisdiction because the petitioner was a juvenile, a youthful offender under Oklahoma law",
                  0);
          Claim other =
              Claim.topLevel(
                  ClaimKind.COUNT,
                  triplet,
                  "Immigration status",
                  "Citizenship and immigration services",
                  1);
          em.persist(count);
          em.persist(other);
          Document opinion =
              document(
                  em,
                  m,
                  DocumentKind.FILING,
                  DocumentType.OTHER,
                  "Order and judgment",
                  LocalDate.of(2010, 2, 5),
                  tenth,
                  "a");
          Document gildernew =
              document(
                  em,
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.ARTICLE,
                  "Gildernew v. Gantner",
                  LocalDate.of(2010, 2, 4),
                  second,
                  "b");
          Document markup =
              document(
                  em,
                  m,
                  DocumentKind.EVIDENCE,
                  DocumentType.OTHER,
                  "Scraped page",
                  LocalDate.of(2019, 6, 1),
                  List.of(
                      "<script>alert('x')</script> The fiduciary duty of loyalty & care <b>bold</b>."),
                  "c");
          DemoEmail demo =
              DemoMatterContent.emails().stream()
                  .filter(e -> e.fileName().contains("2017-09"))
                  .findFirst()
                  .orElseThrow();
          Document email =
              new Document(
                  m, DocumentKind.EVIDENCE, DocumentType.EMAIL, demo.fileName(), file("d"));
          ((ExtractionOutcome.Extracted) new EmailExtractor().extract(demo.content()))
              .applyTo(email);
          em.persist(email);
          em.flush();
          Annotation mark =
              new Annotation(
                  opinion,
                  Passage.select(opinion, 2, 0, 2, 40),
                  Stance.SUPPORTS,
                  List.of(count),
                  "Kestrel: the statute's juvenile tiers",
                  "tester");
          em.persist(mark);

          Matter other2 = new Matter("Other v. Other", "Court", "99-1", null);
          other2.addParty("Someone", PartyRole.PLAINTIFF);
          em.persist(other2);
          document(
              em,
              other2,
              DocumentKind.EVIDENCE,
              DocumentType.ARTICLE,
              "Gildernew copy",
              null,
              second,
              "e");
          em.flush();
          matterId = m.getId();
          otherMatterId = other2.getId();
          opinionId = opinion.getId();
          secondId = gildernew.getId();
          emailId = email.getId();
          markupId = markup.getId();
          claimId = count.getId();
          otherClaimId = other.getId();
          annotationId = mark.getId();
        });
  }

  private static Document document(
      EntityManager em,
      Matter m,
      DocumentKind kind,
      DocumentType type,
      String title,
      LocalDate date,
      List<String> text,
      String sha) {
    Document d = new Document(m, kind, type, title, file(sha));
    d.describe(title, date, null, null);
    d.recordText(text);
    em.persist(d);
    return d;
  }

  private static StoredFile file(String sha) {
    return new StoredFile(
        sha + ".bin", "application/octet-stream", 1, sha.repeat(64).substring(0, 64));
  }

  private static List<String> pages(String corpusFile) {
    var entry = Corpus.entries(corpusFile).get(0);
    return ((ExtractionOutcome.Extracted) new PdfTextExtractor().extract(entry.path(), null))
        .pages();
  }

  @AfterAll
  static void close() {
    if (db != null) {
      db.close();
    }
  }

  private static <T> T inSearch(Function<MatterSearch, T> work) {
    return db.inTransaction(em -> work.apply(new MatterSearch(em)));
  }

  private static SearchResults search(String q) {
    return search(q, SearchFilters.none());
  }

  private static SearchResults search(String q, SearchFilters filters) {
    return inSearch(s -> s.search(matterId, q, filters, 1, 100));
  }

  private static boolean hasPage(SearchResults r, long documentId, int page) {
    return r.hits().stream()
        .anyMatch(
            h -> h.documentId() == documentId && h.page() == page && h.source().equals("PAGE"));
  }

  private static String pageText(long documentId, int page) {
    return db.inTransaction(
        em ->
            em.createQuery(
                    "select p.text from Page p where p.document.id = :d and p.number = :n",
                    String.class)
                .setParameter("d", documentId)
                .setParameter("n", page)
                .getSingleResult());
  }

  @Test
  void groupedHitsListEachDocumentOnceWithItsBestPagesAndCountsThatAddUp() {
    SearchResults flat = search("court");
    GroupedResults grouped =
        inSearch(s -> s.searchByDocument(matterId, "court", SearchFilters.none(), 1, 10, 2));
    assertEquals(flat.total(), grouped.total());
    List<Long> ids = grouped.documents().stream().map(DocumentHits::documentId).toList();
    assertEquals(ids.stream().distinct().count(), ids.size(), "each document once: " + ids);
    assertEquals(
        flat.hits().stream().map(SearchHit::documentId).distinct().count(),
        grouped.documentCount());
    assertEquals(
        flat.total(), grouped.documents().stream().mapToLong(DocumentHits::hitCount).sum());
    // The first document is the one holding the best hit, its best page first.
    assertEquals(flat.hits().get(0).documentId(), ids.get(0));
    assertEquals(flat.hits().get(0).page(), grouped.documents().get(0).best().get(0).page());
    for (DocumentHits d : grouped.documents()) {
      assertTrue(d.best().size() <= 2 && !d.best().isEmpty(), d.toString());
      assertTrue(d.best().stream().allMatch(h -> h.documentId() == d.documentId()));
      assertEquals(d.hitCount() - d.best().size(), d.more());
      assertEquals(
          d.hitCount(),
          inSearch(
                  s ->
                      s.hitsInDocument(
                          matterId, "court", SearchFilters.none(), d.documentId(), 100))
              .size(),
          "all of its hits, when opened");
    }
    assertTrue(
        grouped.documents().stream().anyMatch(d -> d.more() > 0),
        "a long opinion has more hits than it shows");
    // The second page of documents goes on where the first ended.
    GroupedResults second =
        inSearch(s -> s.searchByDocument(matterId, "court", SearchFilters.none(), 2, 1, 2));
    assertEquals(ids.get(1), second.documents().get(0).documentId());
  }

  @Test
  void aKnownPhraseFindsItsPageFirstWithTheWordsMarked() {
    SearchResults r = search("\"ineffective assistance of appellate counsel\"");
    assertTrue(hasPage(r, opinionId, 1));
    for (SearchHit h : r.hits()) {
      assertTrue(
          pageText(h.documentId(), h.page())
              .replaceAll("\\s+", " ")
              .contains("ineffective assistance of appellate counsel"),
          "page " + h.page());
      assertTrue(h.snippet().contains("<mark>ineffective</mark>"), h.snippet());
    }
    // The same words out of order are not the phrase.
    assertEquals(0, search("\"counsel appellate of assistance ineffective\"").total());
  }

  @Test
  void aPrefixFindsTheWordsThatStartWithIt() {
    assertTrue(pageText(opinionId, 2).contains("youthful"));
    assertTrue(hasPage(search("youthfu*"), opinionId, 2));
    assertEquals(0, search("youthfu").total(), "without the star the fragment is not a word");
    assertThrows(MalformedQueryException.class, () -> search("y*"));
    // A short prefix matches hundreds of words: still a search, with snippets.
    SearchResults broad = search("co*");
    assertTrue(broad.total() > 10, "co* hits " + broad.total());
    assertTrue(broad.hits().get(0).snippet().contains("<mark>co"), broad.hits().get(0).snippet());
  }

  @Test
  void andOrNotCombineWords() {
    long juvenile = search("juvenile").total();
    long gildernew = search("Gildernew").total();
    assertTrue(juvenile > 3 && gildernew > 0);
    SearchResults either = search("juvenile OR Gildernew");
    assertTrue(either.hits().stream().anyMatch(h -> h.documentId() == secondId));
    assertTrue(either.hits().stream().anyMatch(h -> h.documentId() == opinionId));
    assertEquals(0, search("juvenile AND Gildernew").total());
    assertEquals(
        0, search("juvenile Gildernew").total(), "words without an operator must all occur");
    SearchResults not = search("juvenile NOT Oklahoma");
    assertTrue(not.total() > 0 && not.total() < juvenile, not.total() + " of " + juvenile);
    for (SearchHit h : not.hits()) {
      if (h.source().equals("PAGE")) {
        assertFalse(
            pageText(h.documentId(), h.page()).contains("Oklahoma"),
            "page " + h.page() + " mentions Oklahoma");
      }
    }
    assertEquals(
        search("juvenile -Oklahoma").total(), not.total(), "the signs mean the same as the words");
  }

  @Test
  void englishWordsAreFoundByTheirStem() {
    String page1 = pageText(opinionId, 1);
    assertTrue(page1.contains("escape") && !page1.contains("escaping"));
    assertTrue(hasPage(search("escaping"), opinionId, 1));
    assertTrue(hasPage(search("appeals"), opinionId, 1));
  }

  @Test
  void aKoreanWordFindsTheKoreanPage() {
    assertTrue(pageText(emailId, 1).contains("머스크는"));
    SearchResults r = search("머스크");
    assertEquals(1, r.total());
    assertEquals(emailId, r.hits().get(0).documentId());
    assertTrue(r.hits().get(0).snippet().contains("<mark>"), r.hits().get(0).snippet());
    assertTrue(hasPage(search("이사회"), emailId, 1));
    assertEquals(0, search("이사장").total(), "a different Korean word does not match");
  }

  @Test
  void emailHeadersAndNotesAreSearchedToo() {
    assertFalse(pageText(emailId, 1).contains("Brockman"), "the name is only in the To header");
    assertTrue(hasPage(search("Brockman"), emailId, 1));
    assertTrue(hasPage(search("for-profit"), emailId, 1), "a hyphenated word is a word, not NOT");
    SearchResults note = search("kestrel");
    assertEquals(1, note.total());
    assertEquals("NOTE", note.hits().get(0).source());
    assertEquals(annotationId, note.hits().get(0).annotationId());
    assertEquals(2, note.hits().get(0).page());
  }

  @Test
  void snippetsEscapeTheDocumentsMarkup() {
    SearchResults r = search("fiduciary");
    SearchHit hit =
        r.hits().stream().filter(h -> h.documentId() == markupId).findFirst().orElseThrow();
    assertFalse(hit.snippet().contains("<script"), hit.snippet());
    assertFalse(hit.snippet().contains("<b>"), hit.snippet());
    assertTrue(
        hit.snippet().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), hit.snippet());
    assertTrue(hit.snippet().contains("<mark>fiduciary</mark>"), hit.snippet());
    assertTrue(hit.snippet().contains("loyalty &amp; care"), hit.snippet());
  }

  @Test
  void filtersNarrowAndCountTheirValues() {
    SearchResults all = search("court");
    long filings = count(all, "kind", "FILING");
    long evidence = count(all, "kind", "EVIDENCE");
    assertEquals(all.total(), filings + evidence);
    SearchResults onlyFilings = search("court", SearchFilters.none().withKind(DocumentKind.FILING));
    assertEquals(filings, onlyFilings.total());
    assertTrue(onlyFilings.hits().stream().allMatch(h -> h.documentId() == opinionId));
    SearchResults articles = search("court", SearchFilters.none().withType(DocumentType.ARTICLE));
    assertTrue(
        articles.total() > 0 && articles.hits().stream().allMatch(h -> h.documentId() == secondId));
    SearchResults feb4 =
        search(
            "court",
            SearchFilters.none().withDates(LocalDate.of(2010, 2, 4), LocalDate.of(2010, 2, 4)));
    assertEquals(articles.total(), feb4.total());
    assertEquals(
        count(all, "year", "2010"),
        all.total()
            - search("court", SearchFilters.none().withDates(LocalDate.of(2011, 1, 1), null))
                .total());

    SearchResults bySender =
        search("", SearchFilters.none().withSender("Elon Musk <elon@example.org>"));
    assertEquals(1, bySender.total());
    assertEquals(emailId, bySender.hits().get(0).documentId());

    SearchResults marked = search("", SearchFilters.none().withAnnotated(true));
    assertEquals(2, marked.total(), "the marked page and the passage's note");
    assertTrue(hasPage(marked, opinionId, 2));
    assertEquals(2, count(marked, "claim", String.valueOf(claimId)));
    assertEquals(
        2, search("", SearchFilters.none().withClaim(claimId).withStance(Stance.SUPPORTS)).total());
    assertEquals(
        0, search("", SearchFilters.none().withClaim(claimId).withStance(Stance.REFUTES)).total());
    assertEquals(0, search("", SearchFilters.none().withClaim(otherClaimId)).total());
    SearchResults unmarked = search("juvenile", SearchFilters.none().withAnnotated(false));
    assertFalse(hasPage(unmarked, opinionId, 2));
    assertTrue(search("juvenile").total() > unmarked.total());
  }

  private static long count(SearchResults r, String facet, String value) {
    return r.facets().get(facet).stream()
        .filter(c -> c.value().equals(value))
        .mapToLong(FacetCount::count)
        .sum();
  }

  @Test
  void anotherMattersDocumentsAreNotFound() {
    long here = search("Gildernew").hits().stream().filter(h -> h.documentId() != secondId).count();
    assertEquals(0, here);
    assertTrue(inSearch(s -> s.search(otherMatterId, "Gildernew", null, 1, 10)).total() > 0);
    assertEquals(0, inSearch(s -> s.search(otherMatterId, "juvenile", null, 1, 10)).total());
  }

  @Test
  void malformedQueriesSayWhatIsWrong() {
    MalformedQueryException e =
        assertThrows(MalformedQueryException.class, () -> search("\"appellate counsel"));
    assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> search("NOT juvenile"))
            .getMessage()
            .contains("excludes"));
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> search("juvenile AND"))
            .getMessage()
            .contains("needs a word after"));
    assertTrue(
        assertThrows(MalformedQueryException.class, () -> search("(juvenile"))
            .getMessage()
            .contains("never closed"));
    assertThrows(
        MalformedQueryException.class,
        () ->
            search(
                "court",
                SearchFilters.none()
                    .withDates(LocalDate.of(2011, 1, 1), LocalDate.of(2010, 1, 1))));
  }

  @Test
  void pagesFollowTheirPassagesAndTheirText() {
    // A new passage on page 5 makes the page "marked" at commit, with its claim and stance.
    long pass =
        db.inTransaction(
            em -> {
              Document opinion = em.find(Document.class, opinionId);
              Annotation a =
                  new Annotation(
                      opinion,
                      Passage.select(opinion, 5, 0, 5, 30),
                      Stance.REFUTES,
                      List.of(em.find(Claim.class, otherClaimId)),
                      null,
                      "tester");
              em.persist(a);
              return a.getId();
            });
    assertTrue(
        hasPage(
            search("", SearchFilters.none().withClaim(otherClaimId).withStance(Stance.REFUTES)),
            opinionId,
            5));
    db.run(em -> em.remove(em.find(Annotation.class, pass)));
    assertEquals(0, search("", SearchFilters.none().withClaim(otherClaimId)).total());

    // Text read again replaces the old pages in the index.
    db.run(
        em -> {
          // The old pages go before the new ones come (the page numbers are unique per document).
          Document markup = em.find(Document.class, markupId);
          markup.recordText(List.of());
          em.flush();
          markup.recordText(List.of("A heron stood in the shallows."));
        });
    assertEquals(
        0, search("fiduciary").hits().stream().filter(h -> h.documentId() == markupId).count());
    assertTrue(hasPage(search("herons"), markupId, 1));
  }

  @Test
  void suggestionsRankARelevantUnmarkedPageNearTheTop() {
    List<Suggestion> suggestions =
        db.inTransaction(em -> new MatterSearch(em).suggest(em.find(Claim.class, claimId), 10));
    assertFalse(suggestions.isEmpty());
    assertTrue(
        suggestions.stream().noneMatch(s -> s.documentId() == opinionId && s.page() == 2),
        "the marked page is not suggested");
    // Pages 3 and 4 carry on the juvenile / youthful-offender discussion that the marked passage
    // began.
    int rank = -1;
    for (int i = 0; i < suggestions.size(); i++) {
      Suggestion s = suggestions.get(i);
      if (s.documentId() == opinionId && (s.page() == 3 || s.page() == 4)) {
        rank = i;
        break;
      }
    }
    assertTrue(
        rank >= 0 && rank < 3, "page 3 or 4 of the opinion among the first three: " + suggestions);
    assertTrue(
        suggestions.stream()
            .noneMatch(s -> s.documentId() == secondId && suggestions.indexOf(s) < 3),
        "the immigration case is not near the top");
    Suggestion top = suggestions.get(0);
    assertEquals(
        pageText(top.documentId(), top.page()).substring(top.startOffset(), top.endOffset()),
        top.quote());
    assertFalse(top.quote().isBlank());
  }

  @Test
  void theMassIndexerRebuildsTheSameIndex() throws InterruptedException {
    long before = search("juvenile").total();
    EntityManager em = db.emf().createEntityManager();
    try {
      Search.session(em).massIndexer().startAndWait();
    } finally {
      em.close();
    }
    assertEquals(before, search("juvenile").total());
    assertEquals(
        2,
        search("", SearchFilters.none().withAnnotated(true)).total(),
        "the passage fields are rebuilt too");
    Map<String, List<FacetCount>> facets = search("juvenile").facets();
    assertTrue(facets.containsKey("kind") && facets.containsKey("sender"));
  }

  @Test
  void theChronologyListsDatedDocumentsAndPassagesInOrderAndFilters() {
    var all =
        db.inTransaction(
            em ->
                new org.pincite.service.chronology.ChronologyBuilder(em)
                    .build(matterId, null, null));
    List<LocalDate> dates =
        all.entries().stream().map(org.pincite.service.chronology.ChronologyEntry::date).toList();
    assertEquals(dates.stream().sorted().toList(), dates);
    assertEquals(
        List.of(
            LocalDate.of(2010, 2, 4),
            LocalDate.of(2010, 2, 5),
            LocalDate.of(2010, 2, 5),
            LocalDate.of(2017, 9, 20),
            LocalDate.of(2019, 6, 1)),
        dates);
    assertTrue(all.entries().get(2).isPassage());
    assertEquals(annotationId, all.entries().get(2).annotationId());
    assertEquals(0, all.undatedDocuments());
    var forClaim =
        db.inTransaction(
            em ->
                new org.pincite.service.chronology.ChronologyBuilder(em)
                    .build(matterId, em.find(Claim.class, claimId), null));
    assertEquals(2, forClaim.entries().size(), "the passage and the document it is in");
    assertEquals(opinionId, forClaim.entries().get(0).documentId());
    var refuting =
        db.inTransaction(
            em ->
                new org.pincite.service.chronology.ChronologyBuilder(em)
                    .build(matterId, null, Stance.REFUTES));
    assertTrue(refuting.entries().isEmpty());
  }
}
