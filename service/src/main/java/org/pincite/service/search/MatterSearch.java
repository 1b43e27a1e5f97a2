package org.pincite.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.Page;
import org.pincite.service.error.MalformedQueryException;
import org.pincite.service.text.Snippets;

/**
 * The search itself, over one entity manager: full-text search with filters and counts, evidence
 * suggestions for a claim, and rebuilding the index. The EJB {@code SearchService} checks access
 * and calls it; tests and the benchmark call it directly, so they measure the same code.
 */
@ApplicationScoped
public class MatterSearch {
  public static final int MAX_PAGE_SIZE = 100;
  private static final int SNIPPET_CHARS = 180;
  private static final int SUGGESTION_TERMS = 30;

  public static final String FACET_KIND = "kind";
  public static final String FACET_TYPE = "type";
  public static final String FACET_YEAR = "year";
  public static final String FACET_SENDER = "sender";
  public static final String FACET_CLAIM = "claim";
  public static final String FACET_STANCE = "stance";
  public static final String FACET_ANNOTATED = "annotated";

  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of(FACET_KIND);
  private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of(FACET_TYPE);
  private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(FACET_YEAR);
  private static final AggregationKey<Map<String, Long>> SENDERS = AggregationKey.of(FACET_SENDER);
  private static final AggregationKey<Map<Long, Long>> CLAIMS = AggregationKey.of(FACET_CLAIM);
  private static final AggregationKey<Map<String, Long>> STANCES = AggregationKey.of(FACET_STANCE);
  private static final AggregationKey<Map<Boolean, Long>> ANNOTATED =
      AggregationKey.of(FACET_ANNOTATED);

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with", "which", "who", "whom", "has",
          "have", "had", "been", "were", "its", "his", "her", "our", "we", "you", "your", "he",
          "she", "from", "would", "could", "should", "may", "can", "any", "all", "also", "more",
          "other", "than", "them", "what", "when", "where", "about", "after", "before", "because",
          "only", "some", "so", "do", "does", "did", "upon", "shall");

  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected MatterSearch() {}

  /** For use outside the container, with an entity manager the caller owns. */
  public MatterSearch(EntityManager em) {
    this.em = em;
  }

  /** The search session of the current transaction's entity manager. */
  private SearchSession session() {
    return Search.session(em);
  }

  /** What every search of one query and its filters shares. */
  private record Asked(long matterId, String query, String syntax, SearchFilters filters) {
    boolean hasQuery() {
      return syntax != null;
    }
  }

  private static Asked asked(long matterId, String query, SearchFilters filters) {
    SearchFilters fs = filters == null ? SearchFilters.none() : filters;
    boolean hasQuery = query != null && !query.isBlank();
    if (fs.from() != null && fs.to() != null && fs.from().isAfter(fs.to())) {
      throw new MalformedQueryException(
          "The date range runs backwards: " + fs.from() + " is after " + fs.to());
    }
    return new Asked(
        matterId,
        query == null ? "" : query.strip(),
        hasQuery ? QuerySyntax.toSimpleQueryString(query) : null,
        fs);
  }

  /**
   * Hits {@code page} (from 1) of {@code pageSize} for {@code query} in the matter's pages, email
   * headers and passage notes. A blank query with filters lists everything the filters let through.
   */
  public SearchResults search(
      long matterId, String query, SearchFilters filters, int page, int pageSize) {
    Asked asked = asked(matterId, query, filters);
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    int number = Math.max(1, page);
    Ranking ranking = ranking(asked, 0);
    List<SearchHit> hits = hits(asked, null, (number - 1) * size, size).hits();
    return new SearchResults(asked.query(), ranking.total(), number, size, hits, ranking.facets());
  }

  /**
   * The hits grouped by document: page {@code page} (from 1) of {@code documentsPerPage} documents,
   * best first (a document ranks by its best hit), each with its {@code pagesPerDocument} best
   * pages or notes and how many hits it holds in all. Documents are ranked from the best {@value
   * #RANKED_HITS} hits; a query with more hits lists the documents those hold.
   */
  public GroupedResults searchByDocument(
      long matterId,
      String query,
      SearchFilters filters,
      int page,
      int documentsPerPage,
      int pagesPerDocument) {
    Asked asked = asked(matterId, query, filters);
    int size = Math.max(1, Math.min(documentsPerPage, MAX_PAGE_SIZE));
    int best = Math.max(1, Math.min(pagesPerDocument, MAX_PAGE_SIZE));
    int number = Math.max(1, page);
    Ranking ranking = ranking(asked, RANKED_HITS);
    List<Long> shown =
        ranking.documents().stream().skip((long) (number - 1) * size).limit(size).toList();
    List<DocumentHits> documents = new ArrayList<>();
    for (long documentId : shown) {
      Hits within = hits(asked, documentId, 0, best);
      if (!within.hits().isEmpty()) {
        documents.add(new DocumentHits(documentId, within.hits(), within.total()));
      }
    }
    return new GroupedResults(
        asked.query(),
        ranking.total(),
        ranking.documents().size(),
        number,
        size,
        documents,
        ranking.facets());
  }

  /** The hits of one document (best first, at most {@code limit}), as a grouped search has it. */
  public List<SearchHit> hitsInDocument(
      long matterId, String query, SearchFilters filters, long documentId, int limit) {
    return hits(
            asked(matterId, query, filters),
            documentId,
            0,
            Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))
        .hits();
  }

  /** The most hits a grouped search ranks its documents from. */
  static final int RANKED_HITS = 5000;

  /** All the hits' count and filter counts, and the documents of the best {@code ranked} hits. */
  private record Ranking(long total, List<Long> documents, Map<String, List<FacetCount>> facets) {}

  /** Some hits with highlighted snippets, and how many there are in all. */
  private record Hits(List<SearchHit> hits, long total) {}

  private Ranking ranking(Asked asked, int ranked) {
    SearchResult<Long> result;
    try {
      result =
          session()
              .search(Arrays.asList(Page.class, Annotation.class))
              .select(f -> f.field(SearchFields.DOCUMENT_ID, Long.class))
              .where(f -> predicate(f, asked, null))
              .sort(f -> sort(f, asked))
              .aggregation(
                  KINDS, f -> f.terms().field(SearchFields.KIND, String.class).maxTermCount(50))
              .aggregation(
                  TYPES, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(50))
              .aggregation(
                  YEARS, f -> f.terms().field(SearchFields.YEAR, Integer.class).maxTermCount(200))
              .aggregation(
                  SENDERS, f -> f.terms().field(SearchFields.SENDER, String.class).maxTermCount(50))
              .aggregation(
                  CLAIMS,
                  f -> f.terms().field(SearchFields.CLAIM_IDS, Long.class).maxTermCount(500))
              .aggregation(
                  STANCES,
                  f -> f.terms().field(SearchFields.STANCES, String.class).maxTermCount(10))
              .aggregation(
                  ANNOTATED,
                  f -> f.terms().field(SearchFields.ANNOTATED, Boolean.class).maxTermCount(2))
              .fetch(0, ranked);
    } catch (RuntimeException e) {
      throw refusedAsTooLarge(e);
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    facets.put(FACET_KIND, counts(result.aggregation(KINDS), v -> DocumentKind.valueOf(v).label()));
    facets.put(FACET_TYPE, counts(result.aggregation(TYPES), v -> DocumentType.valueOf(v).label()));
    facets.put(FACET_YEAR, counts(result.aggregation(YEARS), String::valueOf));
    facets.put(FACET_SENDER, counts(result.aggregation(SENDERS), v -> v));
    Map<Long, String> claimLabels = claimLabels(asked.matterId());
    facets.put(
        FACET_CLAIM,
        counts(result.aggregation(CLAIMS), id -> claimLabels.getOrDefault(id, "Claim " + id)));
    facets.put(FACET_STANCE, counts(result.aggregation(STANCES), v -> Stance.valueOf(v).label()));
    facets.put(
        FACET_ANNOTATED, counts(result.aggregation(ANNOTATED), v -> v ? "Marked" : "Not marked"));
    List<Long> documents = new ArrayList<>(new LinkedHashSet<>(result.hits()));
    return new Ranking(result.total().hitCount(), documents, facets);
  }

  /**
   * Hits {@code offset} to {@code offset + limit}, of one document when {@code documentId} is set.
   */
  private Hits hits(Asked asked, Long documentId, int offset, int limit) {
    SearchResult<List<?>> result;
    try {
      result =
          session()
              .search(Arrays.asList(Page.class, Annotation.class))
              .select(
                  f ->
                      f.composite()
                          .from(
                              f.field(SearchFields.DOCUMENT_ID, Long.class),
                              f.field(SearchFields.DOCUMENT_TITLE, String.class),
                              f.field(SearchFields.PAGE_NUMBER, Integer.class),
                              f.field(SearchFields.SOURCE, String.class),
                              f.field(SearchFields.ANNOTATION_ID, Long.class),
                              f.field(SearchFields.DATE, LocalDate.class),
                              f.score(),
                              f.highlight(SearchFields.TEXT),
                              f.highlight(SearchFields.TEXT_CJK),
                              f.highlight(SearchFields.HEADERS),
                              f.highlight(SearchFields.HEADERS_CJK),
                              f.highlight(SearchFields.TEXT).highlighter("lead"))
                          .asList())
              .where(f -> predicate(f, asked, documentId))
              .sort(f -> sort(f, asked))
              .highlighter(
                  f ->
                      f.plain()
                          .fragmentSize(SNIPPET_CHARS)
                          .numberOfFragments(2)
                          .tag(Snippets.OPEN, Snippets.CLOSE))
              .highlighter(
                  "lead",
                  f ->
                      f.plain()
                          .fragmentSize(SNIPPET_CHARS)
                          .numberOfFragments(1)
                          .noMatchSize(SNIPPET_CHARS)
                          .tag(Snippets.OPEN, Snippets.CLOSE))
              .fetch(offset, limit);
    } catch (RuntimeException e) {
      throw refusedAsTooLarge(e);
    }
    return new Hits(
        result.hits().stream().map(MatterSearch::hit).toList(), result.total().hitCount());
  }

  private static PredicateFinalStep predicate(
      SearchPredicateFactory f, Asked asked, Long documentId) {
    BooleanPredicateClausesStep<?> b = f.bool();
    b.filter(f.match().field(SearchFields.MATTER_ID).matching(asked.matterId()));
    if (documentId != null) {
      b.filter(f.match().field(SearchFields.DOCUMENT_ID).matching(documentId));
    }
    if (asked.hasQuery()) {
      b.must(
          f.simpleQueryString()
              .fields(SearchFields.FULL_TEXT.toArray(String[]::new))
              .matching(asked.syntax())
              .defaultOperator(BooleanOperator.AND)
              .flags(
                  SimpleQueryFlag.AND,
                  SimpleQueryFlag.OR,
                  SimpleQueryFlag.NOT,
                  SimpleQueryFlag.PHRASE,
                  SimpleQueryFlag.PREFIX,
                  SimpleQueryFlag.PRECEDENCE,
                  SimpleQueryFlag.WHITESPACE));
    } else {
      b.must(f.matchAll());
    }
    applyFilters(f, b, asked.filters());
    return b;
  }

  /** Best first for words; by date (undated last) for filters alone; then document and page. */
  private static SortFinalStep sort(SearchSortFactory f, Asked asked) {
    return asked.hasQuery()
        ? f.score().then().field(SearchFields.DOCUMENT_ID).then().field(SearchFields.PAGE_NUMBER)
        : f.field(SearchFields.DATE)
            .missing()
            .last()
            .then()
            .field(SearchFields.DOCUMENT_ID)
            .then()
            .field(SearchFields.PAGE_NUMBER);
  }

  private static void applyFilters(
      SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, SearchFilters fs) {
    if (fs.kind() != null) {
      b.filter(f.match().field(SearchFields.KIND).matching(fs.kind().name()));
    }
    if (fs.type() != null) {
      b.filter(f.match().field(SearchFields.TYPE).matching(fs.type().name()));
    }
    if (fs.from() != null || fs.to() != null) {
      var range = f.range().field(SearchFields.DATE);
      b.filter(
          fs.from() == null
              ? range.atMost(fs.to())
              : fs.to() == null ? range.atLeast(fs.from()) : range.between(fs.from(), fs.to()));
    }
    if (fs.sender() != null && !fs.sender().isBlank()) {
      b.filter(f.match().field(SearchFields.SENDER).matching(fs.sender().strip()));
    }
    if (fs.claimId() != null && fs.stance() != null) {
      b.filter(
          f.match()
              .field(SearchFields.CLAIM_STANCES)
              .matching(fs.claimId() + ":" + fs.stance().name()));
    } else if (fs.claimId() != null) {
      b.filter(f.match().field(SearchFields.CLAIM_IDS).matching(fs.claimId()));
    } else if (fs.stance() != null) {
      b.filter(f.match().field(SearchFields.STANCES).matching(fs.stance().name()));
    }
    if (fs.annotated() != null) {
      b.filter(f.match().field(SearchFields.ANNOTATED).matching(fs.annotated()));
    }
  }

  @SuppressWarnings("unchecked")
  private static SearchHit hit(List<?> row) {
    Float score = (Float) row.get(6);
    // The first field whose fragments mark a match, else the page's lead. (On Elasticsearch and
    // OpenSearch one request highlights a field once: the text's two highlights share the lead's
    // settings there, so an unmarked lead can stand in the text's place; Lucene returns only
    // marked fragments.)
    String snippet = null;
    for (int i = 7; i <= 11 && snippet == null; i++) {
      List<String> fragments = (List<String>) row.get(i);
      if (fragments != null
          && !fragments.isEmpty()
          && (i == 11 || fragments.stream().anyMatch(f -> f.contains(Snippets.OPEN)))) {
        snippet = fragments.stream().map(Snippets::safeHtml).collect(Collectors.joining(" … "));
      }
    }
    Integer page = (Integer) row.get(2);
    return new SearchHit(
        (Long) row.get(0),
        (String) row.get(1),
        page == null ? 1 : page,
        snippet == null ? "" : snippet,
        score == null || score.isNaN() ? 0f : score,
        (String) row.get(3),
        (Long) row.get(4),
        (LocalDate) row.get(5),
        null,
        null);
  }

  private static <K> List<FacetCount> counts(
      Map<K, Long> aggregation, java.util.function.Function<K, String> label) {
    List<FacetCount> out = new ArrayList<>();
    aggregation.forEach((k, n) -> out.add(new FacetCount(String.valueOf(k), label.apply(k), n)));
    out.sort(
        Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
    return out;
  }

  private Map<Long, String> claimLabels(long matterId) {
    Map<Long, String> labels = new HashMap<>();
    for (Object[] row :
        em.createQuery("select c.id, c.label from Claim c where c.matter.id = :m", Object[].class)
            .setParameter("m", matterId)
            .getResultList()) {
      labels.put((Long) row[0], (String) row[1]);
    }
    return labels;
  }

  /**
   * Pages of the matter that read like the claim and the passages already marked for it, best
   * first, leaving out the pages that already carry a passage for the claim. Built as a weighted
   * query of the significant words (a more-like-this that works on either backend).
   */
  public List<Suggestion> suggest(Claim claim, int limit) {
    long matterId = claim.getMatter().getId();
    StringBuilder seed = new StringBuilder();
    seed.append(claim.getLabel()).append('\n').append(claim.getLabel()).append('\n');
    if (claim.getText() != null) {
      seed.append(claim.getText()).append('\n');
    }
    em.createQuery(
            "select a.passage.quote from Annotation a join a.claims c where c.id = :claim",
            String.class)
        .setParameter("claim", claim.getId())
        .getResultList()
        .forEach(q -> seed.append(q).append('\n'));
    Map<String, Double> terms = significantTerms(seed.toString(), SUGGESTION_TERMS);
    if (terms.isEmpty()) {
      return List.of();
    }
    List<List<?>> rows =
        session()
            .search(Page.class)
            .select(
                f ->
                    f.composite()
                        .from(
                            f.field(SearchFields.DOCUMENT_ID, Long.class),
                            f.field(SearchFields.DOCUMENT_TITLE, String.class),
                            f.field(SearchFields.PAGE_NUMBER, Integer.class),
                            f.score(),
                            f.highlight(SearchFields.TEXT),
                            f.highlight(SearchFields.TEXT_CJK))
                        .asList())
            .where(
                f -> {
                  BooleanPredicateClausesStep<?> b = f.bool();
                  b.filter(f.match().field(SearchFields.MATTER_ID).matching(matterId));
                  b.mustNot(f.match().field(SearchFields.CLAIM_IDS).matching(claim.getId()));
                  terms.forEach(
                      (term, weight) -> {
                        boolean cjk = term.codePoints().anyMatch(MatterSearch::isCjk);
                        b.should(
                            f.match()
                                .field(cjk ? SearchFields.TEXT_CJK : SearchFields.TEXT)
                                .matching(term)
                                .boost(weight.floatValue()));
                      });
                  return b;
                })
            .highlighter(
                f ->
                    f.plain()
                        .fragmentSize(SNIPPET_CHARS)
                        .numberOfFragments(1)
                        .tag(Snippets.OPEN, Snippets.CLOSE))
            .fetchHits(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    List<Suggestion> out = new ArrayList<>();
    for (List<?> row : rows) {
      long documentId = (Long) row.get(0);
      int number = (Integer) row.get(2);
      String text =
          em.createQuery(
                  "select p.text from Page p where p.document.id = :d and p.number = :n",
                  String.class)
              .setParameter("d", documentId)
              .setParameter("n", number)
              .getResultStream()
              .findFirst()
              .orElse("");
      int[] sentence = bestSentence(text, terms);
      @SuppressWarnings("unchecked")
      List<String> english = (List<String>) row.get(4);
      @SuppressWarnings("unchecked")
      List<String> cjk = (List<String>) row.get(5);
      String snippet =
          !english.isEmpty()
              ? Snippets.safeHtml(english.get(0))
              : !cjk.isEmpty() ? Snippets.safeHtml(cjk.get(0)) : "";
      out.add(
          new Suggestion(
              documentId,
              (String) row.get(1),
              number,
              snippet,
              (Float) row.get(3),
              sentence[0],
              sentence[1],
              text.substring(sentence[0], sentence[1])));
    }
    return out;
  }

  /**
   * The seed's words that say most: no stop words, weighted by how often they occur (log-damped).
   */
  static Map<String, Double> significantTerms(String seed, int max) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : seed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      boolean cjk = word.codePoints().anyMatch(MatterSearch::isCjk);
      if (word.length() < (cjk ? 2 : 3)
          || STOP_WORDS.contains(word)
          || word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      counts.merge(word, 1, Integer::sum);
    }
    Map<String, Double> terms = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(e -> -e.getKey().length()))
        .limit(max)
        .forEach(e -> terms.put(e.getKey(), 1 + Math.log(e.getValue())));
    return terms;
  }

  /**
   * Start and end (exclusive) of the sentence of {@code text} that holds most of the terms' weight.
   */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

  static int[] bestSentence(String text, Map<String, Double> terms) {
    if (text.isBlank()) {
      return new int[] {0, text.length()};
    }
    int[] best = bestSentence(text, terms, true);
    // A page of nothing but caption and signature: its best sentence all the same.
    return best != null ? best : bestSentence(text, terms, false);
  }

  private static int[] bestSentence(
      String text, Map<String, Double> terms, boolean skipBoilerplate) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(text);
    // A blank line ends a sentence too (the break iterator runs a caption's lines into the first
    // paragraph after it).
    List<int[]> spans = new ArrayList<>();
    for (int start = sentences.first(), end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      Matcher blank = BLANK_LINE.matcher(text).region(start, end);
      int from = start;
      while (blank.find()) {
        spans.add(new int[] {from, blank.start()});
        from = blank.end();
      }
      spans.add(new int[] {from, end});
    }
    int bestStart = 0;
    int bestEnd = text.length();
    double best = -1;
    for (int[] span : spans) {
      int start = span[0];
      int end = span[1];
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (skipBoilerplate && Boilerplate.is(text.substring(start, end))) {
        continue; // a caption, signature block or running head is never the sentence to mark
      }
      double score = 0;
      for (Map.Entry<String, Double> t : terms.entrySet()) {
        // A crude stem, enough to choose a sentence: the index did the real matching.
        String stem =
            t.getKey().length() > 5 ? t.getKey().substring(0, t.getKey().length() - 2) : t.getKey();
        if (lower.contains(stem)) {
          score += t.getValue();
        }
      }
      if (score > best && !lower.isBlank()) {
        best = score;
        bestStart = start;
        bestEnd = end;
      }
    }
    if (best < 0) {
      return null;
    }
    // Trim the white space around it, and keep a run-on "sentence" (a page without full stops)
    // short.
    while (bestStart < bestEnd && Character.isWhitespace(text.charAt(bestStart))) {
      bestStart++;
    }
    while (bestEnd > bestStart && Character.isWhitespace(text.charAt(bestEnd - 1))) {
      bestEnd--;
    }
    if (bestEnd - bestStart > 600) {
      int cut = text.lastIndexOf(' ', bestStart + 600);
      bestEnd = cut > bestStart ? cut : bestStart + 600;
    }
    return new int[] {bestStart, bestEnd};
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** How many pages and notes of the matter the index holds (0 for an index never built). */
  public long indexedCount(long matterId) {
    return session()
        .search(Arrays.asList(Page.class, Annotation.class))
        .where(f -> f.match().field(SearchFields.MATTER_ID).matching(matterId))
        .fetchTotalHitCount();
  }

  /**
   * Whether the index holds nothing at all (a new data directory, or one whose index was deleted).
   */
  public boolean indexIsEmpty() {
    return session()
            .search(Arrays.asList(Page.class, Annotation.class))
            .where(f -> f.matchAll())
            .fetchTotalHitCount()
        == 0;
  }

  /** The ids of the matter's pages, in order: a rebuild indexes them chunk by chunk. */
  public List<Long> pageIds(long matterId) {
    return em.createQuery(
            "select p.id from Page p where p.document.matter.id = :m order by p.id", Long.class)
        .setParameter("m", matterId)
        .getResultList();
  }

  /** The ids of the matter's marked passages. */
  public List<Long> annotationIds(long matterId) {
    return em.createQuery(
            "select a.id from Annotation a where a.document.matter.id = :m order by a.id",
            Long.class)
        .setParameter("m", matterId)
        .getResultList();
  }

  /** Indexes these pages and passage notes again, within the caller's transaction. */
  public void reindex(List<Long> pageIds, List<Long> annotationIds) {
    var plan = session().indexingPlan();
    if (!pageIds.isEmpty()) {
      em.createQuery(
              "select p from Page p join fetch p.document d join fetch d.matter where p.id in :ids",
              Page.class)
          .setParameter("ids", pageIds)
          .getResultList()
          .forEach(plan::addOrUpdate);
    }
    if (!annotationIds.isEmpty()) {
      em.createQuery(
              "select a from Annotation a join fetch a.document where a.id in :ids",
              Annotation.class)
          .setParameter("ids", annotationIds)
          .getResultList()
          .forEach(plan::addOrUpdate);
    }
    plan.execute();
  }

  /** Empties the whole index (every matter), before a full rebuild. */
  public void purgeAll() {
    session().workspace(Page.class, Annotation.class).purge();
  }

  /**
   * Lucene's clause limit, reached by a query within {@link QuerySyntax#MAX_TERMS} whose words each
   * expand to many terms (CJK bigrams): the user's mistake to fix, not a server error.
   */
  private static RuntimeException refusedAsTooLarge(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IndexSearcher.TooManyClauses) {
        return QuerySyntax.tooLarge();
      }
    }
    return e;
  }
}
