package org.pincite.service.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimKind;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentListQuery;
import org.pincite.domain.document.DocumentListQuery.Sort;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.matter.PartyRole;

/**
 * bench/doclist: the matter's document list on a matter of 10,000 documents (every tenth an email
 * with two attachments; one in fifty with a passage marked), in a fresh H2 or PostgreSQL schema:
 * each list the matter page asks for (newest first, a far page, sorted by title, searched by file
 * name, filtered by marked, by sender) through {@link JpaDocumentRepository#list}, beside the
 * plainest page a database can give (the newest 50 ids of the matter), p50 and p95 over the rounds.
 * The documents are made up by this benchmark.
 */
public final class DocumentListBenchmark {
  private DocumentListBenchmark() {}

  public static void main(String[] args) {
    int documents = 10_000;
    int rounds = 20;
    TestDatabase.Kind kind = TestDatabase.Kind.H2;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--documents" -> documents = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--postgresql" -> kind = TestDatabase.Kind.POSTGRESQL;
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    try (TestDatabase db = TestDatabase.start(kind)) {
      long started = System.nanoTime();
      long matterId = seed(db, documents);
      System.out.printf(
          Locale.ROOT,
          "%s: %,d documents loaded in %.1f s%n",
          kind,
          documents,
          (System.nanoTime() - started) / 1e9);
      List<Object[]> cases = new ArrayList<>();
      cases.add(new Object[] {"plain: newest 50 ids (baseline)", null});
      cases.add(new Object[] {"newest first, page 1", q(null, null, null, Sort.ADDED, false, 0)});
      cases.add(
          new Object[] {"newest first, page 100", q(null, null, null, Sort.ADDED, false, 4950)});
      cases.add(new Object[] {"sorted by title", q(null, null, null, Sort.TITLE, true, 0)});
      cases.add(
          new Object[] {
            "title or file name 'exhibit 12'", q("exhibit 12", null, null, Sort.ADDED, false, 0)
          });
      cases.add(new Object[] {"marked only", q(null, true, null, Sort.ADDED, false, 0)});
      cases.add(
          new Object[] {"sender 'musk', by date", q(null, null, "musk", Sort.DATE, false, 0)});
      System.out.printf(Locale.ROOT, "%-36s %8s %8s %8s%n", "list", "rows", "p50 ms", "p95 ms");
      for (Object[] c : cases) {
        Object[] query = (Object[]) c[1];
        Function<EntityManager, Integer> run =
            query == null
                ? em ->
                    em.createQuery(
                            "select d.id from Document d where d.matter.id = :m order by d.addedAt desc",
                            Long.class)
                        .setParameter("m", matterId)
                        .setMaxResults(50)
                        .getResultList()
                        .size()
                : em ->
                    new JpaDocumentRepository(em)
                        .list(matterId, (DocumentListQuery) query[0], (Integer) query[1], 50)
                        .documents()
                        .size();
        int rows = 0;
        for (int w = 0; w < 3; w++) {
          rows = db.inTransaction(run);
        }
        double[] ms = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long t = System.nanoTime();
          db.inTransaction(run);
          ms[r] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
            Locale.ROOT,
            "%-36s %8d %8.1f %8.1f%n",
            c[0],
            rows,
            ms[ms.length / 2],
            ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)]);
      }
    }
  }

  private static Object[] q(
      String text, Boolean marked, String person, Sort sort, boolean ascending, int first) {
    return new Object[] {
      new DocumentListQuery(
          null, null, null, null, null, person, marked, null, text, sort, ascending),
      first
    };
  }

  private static long seed(TestDatabase db, int documents) {
    long matterId =
        db.inTransaction(
            em -> {
              Matter m = new Matter("Bench v. Mark", "Court", "BENCH-DOCLIST", null);
              m.addParty("Jane Bench", PartyRole.PLAINTIFF);
              new JpaMatterRepository(em).add(m);
              return m.getId();
            });
    int batch = 500;
    for (int from = 0; from < documents; from += batch) {
      int start = from;
      int end = Math.min(documents, from + batch);
      db.run(
          em -> {
            Matter m = em.find(Matter.class, matterId);
            Party p = m.getParties().get(0);
            Claim claim =
                em.createQuery("select c from Claim c where c.matter = :m", Claim.class)
                    .setParameter("m", m)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(
                        () -> {
                          Claim c = Claim.topLevel(ClaimKind.COUNT, p, "Breach", null, 0);
                          new JpaClaimRepository(em).add(c);
                          return c;
                        });
            JpaDocumentRepository docs = new JpaDocumentRepository(em);
            JpaAnnotationRepository marks = new JpaAnnotationRepository(em);
            Document email = null;
            for (int i = start; i < end; i++) {
              boolean isEmail = i % 10 == 0;
              boolean attachment = !isEmail && i % 10 <= 2 && email != null;
              String name = (isEmail ? "email-" : "exhibit ") + i + (isEmail ? ".eml" : ".pdf");
              Document d =
                  new Document(
                      m,
                      DocumentKind.EVIDENCE,
                      isEmail ? DocumentType.EMAIL : DocumentType.OTHER,
                      name,
                      new StoredFile(name, "application/pdf", 1000 + i, String.format("%064x", i)));
              d.describe(
                  name,
                  LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28),
                  i % 7 == 0 ? "Elon Musk" : "Sam Altman",
                  null);
              if (attachment) {
                email.attach(d);
              }
              if (i % 50 == 0) {
                d.recordText(List.of("Page text of document " + i + ".\n"));
              }
              docs.add(d);
              if (i % 50 == 0) {
                marks.add(
                    new Annotation(
                        d,
                        Passage.select(d, 1, 0, 1, 4, "Page"),
                        Stance.SUPPORTS,
                        List.of(claim),
                        null,
                        "bench"));
              }
              if (isEmail) {
                email = d;
              }
            }
          });
    }
    return matterId;
  }
}
