package org.pincite.web.api;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.pincite.web.testing.ReviewLoad;

/**
 * {@code bench/load}: many reviewers, uploaders and searchers on one running server, with figures
 * per operation (count, p50, p95, max, answers by status) beside a reference request in the same
 * run, and the checks of {@link ReviewLoad} afterwards. Exits 1 when a check fails or any answer
 * was a 5xx. The administrator's password comes from the environment (PINCITE_BENCH_PASSWORD).
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String password = System.getenv("PINCITE_BENCH_PASSWORD");
    if (password == null || password.isEmpty()) {
      System.err.println("PINCITE_BENCH_PASSWORD (the password of admin) is needed");
      System.exit(2);
    }
    System.setProperty("pincite.it.admin.password", password);
    String base = options.getOrDefault("base", "http://localhost:9080/");
    ReviewLoad.Plan plan =
        new ReviewLoad.Plan(
            Integer.parseInt(options.getOrDefault("reviewers", "20")),
            Integer.parseInt(options.getOrDefault("uploaders", "5")),
            Integer.parseInt(options.getOrDefault("searchers", "5")),
            Integer.parseInt(options.getOrDefault("burst", "20")),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60"))),
            Integer.parseInt(options.getOrDefault("documents", "3")));
    System.out.println("Pincite under load at " + base + ": " + plan);
    long start = System.nanoTime();
    ReviewLoad.Outcome outcome =
        ReviewLoad.run(new URL(base.endsWith("/") ? base : base + "/"), plan);
    System.out.print(outcome.table());
    System.out.printf(
        "accepted edits %d, 5xx or failed calls %d, problems %d (%.0f s in all)%n",
        outcome.acceptedEdits(),
        outcome.serverErrors(),
        outcome.problems().size(),
        (System.nanoTime() - start) / 1e9);
    outcome.problems().forEach(p -> System.out.println("PROBLEM: " + p));
    System.exit(outcome.problems().isEmpty() && outcome.serverErrors() == 0 ? 0 : 1);
  }
}
