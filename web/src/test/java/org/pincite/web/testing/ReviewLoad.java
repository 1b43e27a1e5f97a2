package org.pincite.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Many reviewers at once on one server, for the load benchmark ({@code bench/load}, figures) and
 * its small version in the suite ({@code api.ConcurrentReviewIT}, correctness only): reviewers with
 * API tokens mark, edit and delete passages on the same few documents while users upload and
 * search, after a burst of reviewers all saving one passage from the same version at once. It
 * records every answer, then checks what a lawyer relies on: no 5xx, every accepted edit in the
 * audit trail (no lost update), every 409 a true conflict (another edit was accepted from the same
 * version, or the passage was deleted), and every passage's quote still the words of its page.
 */
public final class ReviewLoad {
  /** How many of each, and for how long (the same few documents for every reviewer). */
  public record Plan(
      int reviewers, int uploaders, int searchers, int burst, Duration duration, int documents) {}

  /** One operation's answers: latencies in milliseconds and the count of answers per status. */
  public static final class Figures {
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

    void add(double ms, int status) {
      millis.add(ms);
      statuses.merge(status, 1, Integer::sum);
    }

    public int count() {
      return millis.size();
    }

    public Map<Integer, Integer> statuses() {
      return new TreeMap<>(statuses);
    }

    public double percentile(double p) {
      List<Double> sorted;
      synchronized (millis) {
        sorted = new ArrayList<>(millis);
      }
      if (sorted.isEmpty()) {
        return 0;
      }
      Collections.sort(sorted);
      return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    public int serverErrors() {
      return statuses.entrySet().stream()
          .filter(e -> e.getKey() >= 500 || e.getKey() < 0)
          .mapToInt(Map.Entry::getValue)
          .sum();
    }
  }

  /** What the run found: figures per operation, and every broken promise found afterwards. */
  public record Outcome(Map<String, Figures> figures, List<String> problems, int acceptedEdits) {
    public int serverErrors() {
      return figures.values().stream().mapToInt(Figures::serverErrors).sum();
    }

    /** The figures as a table: operation, count, p50, p95, max, answers by status. */
    public String table() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %7s %9s %9s %9s  %s%n",
              "operation",
              "count",
              "p50 ms",
              "p95 ms",
              "max ms",
              "answers"));
      figures.forEach(
          (name, f) ->
              out.append(
                  String.format(
                      Locale.ROOT,
                      "%-22s %7d %9.1f %9.1f %9.1f  %s%n",
                      name,
                      f.count(),
                      f.percentile(0.50),
                      f.percentile(0.95),
                      f.percentile(1.0),
                      f.statuses())));
      return out.toString();
    }
  }

  private record Accepted(long passageId, long fromVersion, String note) {}

  private record Refused(long passageId, long sentVersion) {}

  private final URL base;
  private final Plan plan;
  private final Map<String, Figures> figures = new ConcurrentHashMap<>();
  private final List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
  private final List<Refused> refused = Collections.synchronizedList(new ArrayList<>());
  private final Set<Long> deleted = ConcurrentHashMap.newKeySet();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final Map<Long, String> pageText = new HashMap<>();
  private TestMatter matter;
  private final List<Api> reviewers = new ArrayList<>();
  private long claimId;
  private List<Long> documents;

  private ReviewLoad(URL base, Plan plan) {
    this.base = base;
    this.plan = plan;
  }

  /** Runs the plan against the server at {@code base} (its administrator signs in with a token). */
  public static Outcome run(URL base, Plan plan) throws InterruptedException {
    ReviewLoad load = new ReviewLoad(base, plan);
    load.prepare();
    load.burst();
    load.hammer();
    load.verify();
    return new Outcome(
        new TreeMap<>(load.figures), List.copyOf(load.problems), load.accepted.size());
  }

  private void prepare() {
    matter = TestMatter.small(base, "load");
    claimId = matter.claimIdOfFirst();
    documents = new ArrayList<>();
    for (int d = 0; d < plan.documents(); d++) {
      StringBuilder text = new StringBuilder("Fiction for a load test, document " + d + ".\n");
      for (int line = 1; line <= 40; line++) {
        text.append("Line ")
            .append(line)
            .append(": the reviewers read exhibit ")
            .append(d)
            .append(" closely and mark what it proves.\n");
      }
      documents.add(
          matter.upload(
              "load-" + d + ".txt", text.toString().getBytes(StandardCharsets.UTF_8), null, null));
    }
    // The same reviewers save in the burst and work afterwards (each user costs two password
    // hashes).
    for (int r = 0; r < Math.max(plan.burst(), plan.reviewers()); r++) {
      reviewers.add(matter.addReviewer(r));
    }
    matter.admin().awaitExtraction(matter.id());
    for (long document : documents) {
      pageText.put(
          document,
          Api.object(matter.admin().get("api/documents/" + document + "/pages/1"))
              .getString("text"));
    }
  }

  /** Reviewers who loaded one passage at the same version all save it at once: one wins. */
  private void burst() throws InterruptedException {
    if (plan.burst() < 2) {
      return;
    }
    Api first = matter.paralegal();
    long document = documents.get(0);
    HttpResponse<String> marked = mark(first, document, 0);
    long passageId = Api.object(marked).getJsonNumber("id").longValue();
    long version = Api.object(marked).getJsonNumber("version").longValue();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(plan.burst());
    for (int r = 0; r < plan.burst(); r++) {
      Api reviewer = reviewers.get(r);
      String note = "burst-" + r;
      pool.submit(
          () -> {
            go.await();
            restate(reviewer, passageId, version, note, "edit (burst)");
            return null;
          });
    }
    go.countDown();
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.MINUTES);
    long wins = accepted.stream().filter(a -> a.passageId() == passageId).count();
    if (wins != 1) {
      problems.add(plan.burst() + " saves of one passage from one version: " + wins + " accepted");
    }
  }

  private void hammer() throws InterruptedException {
    Api uploader = matter.paralegal();
    Api searcher = matter.viewer();
    long end = System.nanoTime() + plan.duration().toNanos();
    ExecutorService pool =
        Executors.newFixedThreadPool(plan.reviewers() + plan.uploaders() + plan.searchers() + 1);
    for (Api reviewer : reviewers.subList(0, plan.reviewers())) {
      pool.submit(() -> review(reviewer, end));
    }
    for (int u = 0; u < plan.uploaders(); u++) {
      int who = u;
      pool.submit(
          () -> {
            for (int n = 0; System.nanoTime() < end; n++) {
              String name = "up-" + who + "-" + n + ".txt";
              byte[] file =
                  ("Fiction: upload " + n + " of uploader " + who + " at " + System.nanoTime())
                      .getBytes(StandardCharsets.UTF_8);
              timed("upload", () -> uploader.upload(matter.id(), name, file));
            }
          });
    }
    for (int s = 0; s < plan.searchers(); s++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              timed(
                  "search", () -> searcher.get("api/matters/" + matter.id() + "/search?q=exhibit"));
            }
          });
    }
    // The reference in the same run: what a request that does nothing costs under this load.
    Api anonymous = Api.anonymous(base);
    pool.submit(
        () -> {
          while (System.nanoTime() < end) {
            timed("reference /health/live", () -> anonymous.get("health/live"));
          }
        });
    pool.shutdown();
    if (!pool.awaitTermination(plan.duration().toSeconds() + 300, TimeUnit.SECONDS)) {
      problems.add("the clients did not finish");
    }
  }

  private void review(Api reviewer, long end) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int n = 0; System.nanoTime() < end; n++) {
      long document = documents.get(random.nextInt(documents.size()));
      double choice = random.nextDouble();
      if (choice < 0.3) {
        mark(reviewer, document, random.nextInt(pageText.get(document).length() - 60));
        continue;
      }
      HttpResponse<String> listed =
          timed("list passages", () -> reviewer.get("api/documents/" + document + "/annotations"));
      if (listed.statusCode() != 200) {
        continue;
      }
      List<JsonObject> passages = Api.array(listed).getValuesAs(JsonObject.class);
      if (passages.isEmpty()) {
        continue;
      }
      JsonObject passage = passages.get(random.nextInt(passages.size()));
      long id = passage.getJsonNumber("id").longValue();
      if (choice < 0.9) {
        restate(
            reviewer,
            id,
            passage.getJsonNumber("version").longValue(),
            "edit-" + Thread.currentThread().getId() + "-" + n + "-" + random.nextInt(1_000_000),
            "edit");
      } else {
        HttpResponse<String> gone = timed("delete", () -> reviewer.delete("api/annotations/" + id));
        if (gone.statusCode() == 204 || gone.statusCode() == 200) {
          deleted.add(id);
        }
      }
    }
  }

  private HttpResponse<String> mark(Api reviewer, long document, int from) {
    String text = pageText.get(document);
    int to = from + 12 + ThreadLocalRandom.current().nextInt(40);
    return timed(
        "mark",
        () ->
            reviewer.post(
                "api/documents/" + document + "/annotations",
                Json.createObjectBuilder()
                    .add("startPage", 1)
                    .add("startOffset", from)
                    .add("endPage", 1)
                    .add("endOffset", to)
                    .add("quote", text.substring(from, to))
                    .add("stance", "SUPPORTS")
                    .add("claimIds", Json.createArrayBuilder().add(claimId))
                    .add("note", "marked under load")
                    .build()
                    .toString()));
  }

  private void restate(Api reviewer, long passageId, long version, String note, String operation) {
    HttpResponse<String> answer =
        timed(
            operation,
            () ->
                reviewer.put(
                    "api/annotations/" + passageId,
                    Json.createObjectBuilder()
                        .add("version", version)
                        .add("stance", "REFUTES")
                        .add("claimIds", Json.createArrayBuilder().add(claimId))
                        .add("note", note)
                        .build()
                        .toString()));
    if (answer.statusCode() == 200) {
      accepted.add(new Accepted(passageId, version, note));
    } else if (answer.statusCode() == 409) {
      refused.add(new Refused(passageId, version));
    }
  }

  private <T> HttpResponse<T> timed(String operation, Supplier<HttpResponse<T>> call) {
    long start = System.nanoTime();
    int status;
    HttpResponse<T> answer = null;
    try {
      answer = call.get();
      status = answer.statusCode();
      if (status >= 500) {
        problems.add(operation + " answered " + status + ": " + answer.body());
      }
    } catch (RuntimeException e) {
      status = -1;
      problems.add(operation + " failed: " + e);
    }
    figures
        .computeIfAbsent(operation, o -> new Figures())
        .add((System.nanoTime() - start) / 1e6, status);
    return answer != null ? answer : new NoAnswer<T>();
  }

  private void verify() {
    Api admin = matter.admin();
    // No lost update: every accepted edit is in its passage's audit trail.
    Map<Long, String> histories = new HashMap<>();
    synchronized (accepted) {
      for (Accepted edit : accepted) {
        String history =
            histories.computeIfAbsent(
                edit.passageId(), id -> admin.get("api/annotations/" + id + "/history").body());
        if (!history.contains("\"" + edit.note() + "\"")) {
          problems.add("lost update: " + edit + " is not in the audit trail");
        }
      }
    }
    // Every 409 was a true conflict: another edit was accepted from the same version, or the
    // passage was deleted.
    synchronized (refused) {
      for (Refused conflict : refused) {
        boolean someoneElse =
            accepted.stream()
                .anyMatch(
                    a ->
                        a.passageId() == conflict.passageId()
                            && a.fromVersion() == conflict.sentVersion());
        if (!someoneElse && !deleted.contains(conflict.passageId())) {
          problems.add("409 without a conflict: " + conflict);
        }
      }
    }
    // Every passage's quote is still the words of its page.
    for (long document : documents) {
      String text = pageText.get(document);
      for (JsonObject passage :
          Api.array(admin.get("api/documents/" + document + "/annotations"))
              .getValuesAs(JsonObject.class)) {
        String words = text.substring(passage.getInt("startOffset"), passage.getInt("endOffset"));
        if (!words.equals(passage.getString("quote"))) {
          problems.add("quote differs from the page: " + passage);
        }
      }
    }
  }

  /** Stands for an answer that never came (the call failed; already counted). */
  private static final class NoAnswer<T> implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return -1;
    }

    @Override
    public java.net.http.HttpRequest request() {
      return null;
    }

    @Override
    public java.util.Optional<HttpResponse<T>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    @Override
    public T body() {
      return null;
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.URI uri() {
      return null;
    }

    @Override
    public java.net.http.HttpClient.Version version() {
      return java.net.http.HttpClient.Version.HTTP_1_1;
    }
  }
}
