package org.pincite.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real PDFs and emails beside the repository (../shared/corpus, or the
 * directory in the system property {@code pincite.corpus}), read through its MANIFEST.tsv.
 */
public final class Corpus {
  public record Entry(String file, Path path, long bytes, String sha256, String special) {}

  private Corpus() {}

  /**
   * The corpus directory. Where it is missing (a clone with no shared/ beside it) the calling test
   * is skipped with the reason, except under CI (CI=true), where a missing corpus fails the run.
   */
  public static Path root() {
    Path root =
        Path.of(System.getProperty("pincite.corpus", "../../shared/corpus"))
            .toAbsolutePath()
            .normalize();
    if (!Files.isRegularFile(root.resolve("MANIFEST.tsv"))) {
      String why =
          "The shared corpus is not at "
              + root
              + " (put shared/ beside the clone or set -Dpincite.corpus=...)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why);
      }
      Assumptions.abort(why);
    }
    return root;
  }

  /** The manifest's entries whose file name starts with {@code prefix} (e.g. "pdf/", "email/"). */
  public static List<Entry> entries(String prefix) {
    Path root = root();
    try (var lines = Files.lines(root.resolve("MANIFEST.tsv"))) {
      return lines
          .skip(1)
          .map(line -> line.split("\t", -1))
          .filter(cols -> cols[0].startsWith(prefix))
          .map(
              cols ->
                  new Entry(
                      cols[0], root.resolve(cols[0]), Long.parseLong(cols[5]), cols[6], cols[4]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
