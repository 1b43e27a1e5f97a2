package org.pincite.service.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.search.mapper.orm.Search;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.PartyRole;
import org.pincite.service.Corpus;
import org.pincite.service.demo.DemoEmail;
import org.pincite.service.demo.DemoMatterContent;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.ingest.mail.EmailExtractor;
import org.pincite.service.schema.DatabaseSchema;

/**
 * bench/search: builds a matter of at least {@code --pages} pages (default 100,000) from the shared
 * corpus's text, repeated and varied, in an H2 database with the application's schema; indexes it
 * with Hibernate Search's MassIndexer; then times a fixed list of queries through {@link
 * MatterSearch} (the code SearchService runs: query syntax, filters, highlighted snippets, counts
 * per filter) and the same queries on the same Lucene index with a plain IndexSearcher (the top 20
 * hits and their stored ids, nothing else), side by side in one run.
 */
public final class SearchBenchmark {
  private static final List<String> QUERIES =
      List.of(
          "court",
          "jurisdiction",
          "\"ineffective assistance of counsel\"",
          "\"summary judgment\"",
          "habeas AND petition",
          "appeal OR appellate",
          "evidence NOT criminal",
          "sentenc*",
          "immigr*",
          "(contract OR agreement) AND breach",
          "fiduciary duty",
          "district court denied motion",
          "\"due process\" AND liberty",
          "copyright",
          "escaping",
          "이사회",
          "머스크",
          "Tesla",
          "plaintiff -defendant",
          "reasonable doubt");

  public static void main(String[] args) throws Exception {
    int targetPages = 100_000;
    int rounds = 5;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pages" -> targetPages = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--keep" -> keep = true;
        default ->
            throw new IllegalArgumentException(
                "Unknown argument " + args[i] + " (use --pages N, --rounds R, --keep)");
      }
    }
    Path work = Path.of("target", "bench-search").toAbsolutePath();
    deleteTree(work);
    Files.createDirectories(work);
    String url = "jdbc:h2:file:" + work.resolve("db/bench") + ";DB_CLOSE_DELAY=-1";
    Path indexRoot = work.resolve("index");
    try {
      run(url, indexRoot, targetPages, rounds);
    } finally {
      if (!keep) {
        deleteTree(work);
      } else {
        System.out.println("Kept the database and index in " + work);
      }
    }
  }

  private static void run(String url, Path indexRoot, int targetPages, int rounds)
      throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("");
    DatabaseSchema.migrate(ds);

    long t0 = System.nanoTime();
    List<List<String>> sources = corpusTexts();
    int sourcePages = sources.stream().mapToInt(List::size).sum();
    System.out.printf(
        Locale.ROOT,
        "Read %d documents, %d pages of text from the corpus in %.1f s%n",
        sources.size(),
        sourcePages,
        seconds(t0));

    // Loading without Hibernate Search: the MassIndexer builds the index afterwards, as a rebuild
    // does.
    long t1 = System.nanoTime();
    long matterId;
    int[] loaded;
    EntityManagerFactory loader = emf(url, indexRoot, false);
    try {
      Object[] result = load(loader, sources, targetPages);
      matterId = (Long) result[0];
      loaded = (int[]) result[1];
    } finally {
      loader.close();
    }
    System.out.printf(
        Locale.ROOT,
        "Loaded %,d pages in %,d documents in %.1f s%n",
        loaded[1],
        loaded[0],
        seconds(t1));

    EntityManagerFactory emf = emf(url, indexRoot, true);
    try {
      long t2 = System.nanoTime();
      EntityManager em = emf.createEntityManager();
      try {
        Search.session(em)
            .massIndexer()
            .threadsToLoadObjects(2)
            .batchSizeToLoadObjects(100)
            .startAndWait();
      } finally {
        em.close();
      }
      System.out.printf(Locale.ROOT, "Indexed with the MassIndexer in %.1f s%n%n", seconds(t2));

      try (DirectoryReader reader =
          DirectoryReader.open(FSDirectory.open(indexRoot.resolve(SearchMapping.PAGE_INDEX)))) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Analyzer analyzer = analyzer();
        Map<String, List<Double>> hs = new HashMap<>();
        Map<String, List<Double>> lucene = new HashMap<>();
        Map<String, long[]> totals = new HashMap<>();
        for (int round = 0; round <= rounds; round++) {
          for (String q : QUERIES) {
            // Round 0 warms both paths up and is not counted.
            long start = System.nanoTime();
            SearchResults r = viaHibernateSearch(emf, matterId, q);
            double hsMs = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            long raw = viaLucene(searcher, analyzer, matterId, q);
            double luceneMs = (System.nanoTime() - start) / 1e6;
            if (round > 0) {
              hs.computeIfAbsent(q, k -> new ArrayList<>()).add(hsMs);
              lucene.computeIfAbsent(q, k -> new ArrayList<>()).add(luceneMs);
            }
            totals.put(q, new long[] {r.total(), raw});
          }
        }
        report(hs, lucene, totals, rounds, loaded[1]);
      }
    } finally {
      emf.close();
    }
  }

  private static SearchResults viaHibernateSearch(
      EntityManagerFactory emf, long matterId, String q) {
    // One entity manager and transaction per search, as one request in the server has.
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      SearchResults r = new MatterSearch(em).search(matterId, q, SearchFilters.none(), 1, 20);
      em.getTransaction().commit();
      return r;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static long viaLucene(IndexSearcher searcher, Analyzer analyzer, long matterId, String q)
      throws IOException {
    Map<String, Float> fields = new HashMap<>();
    SearchFields.FULL_TEXT.forEach(f -> fields.put(f, 1f));
    SimpleQueryParser parser =
        new SimpleQueryParser(
            analyzer,
            fields,
            SimpleQueryParser.AND_OPERATOR
                | SimpleQueryParser.OR_OPERATOR
                | SimpleQueryParser.NOT_OPERATOR
                | SimpleQueryParser.PHRASE_OPERATOR
                | SimpleQueryParser.PREFIX_OPERATOR
                | SimpleQueryParser.PRECEDENCE_OPERATORS
                | SimpleQueryParser.WHITESPACE_OPERATOR);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query text = parser.parse(QuerySyntax.toSimpleQueryString(q));
    Query query =
        new BooleanQuery.Builder()
            .add(text, BooleanClause.Occur.MUST)
            .add(
                LongPoint.newExactQuery(SearchFields.MATTER_ID, matterId),
                BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, 20);
    var stored = searcher.storedFields();
    for (ScoreDoc d : top.scoreDocs) {
      stored.document(d.doc, java.util.Set.of(SearchFields.DOCUMENT_ID, SearchFields.PAGE_NUMBER));
    }
    return searcher.count(query);
  }

  /** The same analysis as SearchAnalysis gives the Lucene backend. */
  private static Analyzer analyzer() throws IOException {
    Analyzer english =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("englishPossessive")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .addTokenFilter("stop")
            .addTokenFilter("porterStem")
            .build();
    Analyzer cjk =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("cjkWidth")
            .addTokenFilter("lowercase")
            .addTokenFilter("cjkBigram")
            .build();
    return new PerFieldAnalyzerWrapper(
        english, Map.of(SearchFields.TEXT_CJK, cjk, SearchFields.HEADERS_CJK, cjk));
  }

  private static void report(
      Map<String, List<Double>> hs,
      Map<String, List<Double>> lucene,
      Map<String, long[]> totals,
      int rounds,
      int pages) {
    System.out.printf(
        Locale.ROOT,
        "%d queries x %d rounds on %,d pages (latency in ms; Hibernate Search = MatterSearch with snippets and counts)%n",
        QUERIES.size(),
        rounds,
        pages);
    System.out.printf(
        Locale.ROOT,
        "%-40s %9s %9s %9s %9s %9s%n",
        "query",
        "hits",
        "HS p50",
        "HS p95",
        "Lucene p50",
        "Lucene p95");
    List<Double> allHs = new ArrayList<>();
    List<Double> allLucene = new ArrayList<>();
    for (String q : QUERIES) {
      long[] t = totals.get(q);
      System.out.printf(
          Locale.ROOT,
          "%-40s %9d %9.1f %9.1f %10.1f %10.1f%s%n",
          q.length() > 40 ? q.substring(0, 39) + "…" : q,
          t[0],
          percentile(hs.get(q), 50),
          percentile(hs.get(q), 95),
          percentile(lucene.get(q), 50),
          percentile(lucene.get(q), 95),
          t[0] == t[1]
              ? ""
              : "  (Lucene counts " + t[1] + ": the notes index is not in the raw search)");
      allHs.addAll(hs.get(q));
      allLucene.addAll(lucene.get(q));
    }
    System.out.printf(
        Locale.ROOT,
        "%nAll queries   Hibernate Search: p50 %.1f ms  p95 %.1f ms   |   plain Lucene IndexSearcher: p50 %.1f ms  p95 %.1f ms%n",
        percentile(allHs, 50),
        percentile(allHs, 95),
        percentile(allLucene, 50),
        percentile(allLucene, 95));
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Each corpus PDF's pages, and the demo emails' (for Korean text). */
  private static List<List<String>> corpusTexts() throws IOException {
    List<List<String>> docs = new ArrayList<>();
    PdfTextExtractor pdfs = new PdfTextExtractor();
    for (Corpus.Entry e : Corpus.entries("pdf/")) {
      if (pdfs.extract(e.path(), null) instanceof ExtractionOutcome.Extracted x
          && x.pages().stream().anyMatch(p -> !p.isBlank())) {
        docs.add(x.pages());
      }
    }
    EmailExtractor emails = new EmailExtractor();
    for (DemoEmail email : DemoMatterContent.emails()) {
      if (emails.extract(email.content()) instanceof ExtractionOutcome.Extracted x) {
        docs.add(x.pages());
      }
    }
    return docs;
  }

  /**
   * Copies of the corpus documents until there are enough pages; every copy after the first has
   * words swapped.
   */
  private static Object[] load(
      EntityManagerFactory emf, List<List<String>> sources, int targetPages) {
    Random random = new Random(20240229L);
    List<String> vocabulary =
        sources.stream()
            .flatMap(List::stream)
            .flatMap(p -> Arrays.stream(p.split("\\s+")))
            .filter(w -> w.length() > 3 && w.chars().allMatch(Character::isLetter))
            .distinct()
            .sorted()
            .toList();
    EntityManager em = emf.createEntityManager();
    int documents = 0;
    int pages = 0;
    long matterId;
    try {
      em.getTransaction().begin();
      Matter matter =
          new Matter(
              "Benchmark v. Corpus",
              "Benchmark Court",
              "BENCH-" + System.currentTimeMillis(),
              LocalDate.of(2024, 1, 1));
      matter.addParty("Benchmark", PartyRole.PLAINTIFF);
      em.persist(matter);
      em.getTransaction().commit();
      matterId = matter.getId();
      for (int copy = 0; pages < targetPages; copy++) {
        em.getTransaction().begin();
        Matter m = em.find(Matter.class, matterId);
        for (int s = 0; s < sources.size() && pages < targetPages; s++) {
          List<String> text = copy == 0 ? sources.get(s) : vary(sources.get(s), vocabulary, random);
          String sha = String.format(Locale.ROOT, "%064x", (long) copy * 100_000 + s);
          Document d =
              new Document(
                  m,
                  s % 5 == 0 ? DocumentKind.FILING : DocumentKind.EVIDENCE,
                  DocumentType.values()[s % DocumentType.values().length],
                  "Copy " + copy + " of source " + s,
                  new StoredFile("source-" + s + ".pdf", "application/pdf", 1, sha));
          d.describe(
              d.getTitle(),
              LocalDate.of(2000 + (copy + s) % 25, 1 + s % 12, 1 + copy % 28),
              null,
              null);
          d.recordText(text);
          em.persist(d);
          documents++;
          pages += text.size();
        }
        em.getTransaction().commit();
        em.clear();
      }
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    return new Object[] {matterId, new int[] {documents, pages}};
  }

  private static List<String> vary(List<String> pages, List<String> vocabulary, Random random) {
    List<String> out = new ArrayList<>(pages.size());
    for (String page : pages) {
      String[] words = page.split(" ", -1);
      for (int i = random.nextInt(7); i < words.length; i += 7) {
        if (!words[i].isBlank() && !vocabulary.isEmpty()) {
          words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
      }
      out.add(String.join(" ", words));
    }
    return out;
  }

  private static EntityManagerFactory emf(String url, Path indexRoot, boolean search) {
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jdbc.url", url);
    props.put("jakarta.persistence.jdbc.user", "sa");
    props.put("jakarta.persistence.jdbc.password", "");
    props.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    props.put("hibernate.search.enabled", String.valueOf(search));
    props.put("hibernate.search.backend.type", "lucene");
    props.put("hibernate.search.backend.directory.root", indexRoot.toString());
    // The audit trail is not what this measures.
    props.put("hibernate.integration.envers.enabled", "false");
    return Persistence.createEntityManagerFactory("pincite", props);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
