package org.pincite.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A file of the shared corpus ({@code ../shared/corpus}, or {@code -Dpincite.corpus}): the test is
 * skipped when the corpus is not beside the clone, and fails when it is missing on CI ({@code
 * CI=true}).
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus's root folder. */
  public static Path root() {
    return Path.of(System.getProperty("pincite.corpus", "../../shared/corpus"))
        .toAbsolutePath()
        .normalize();
  }

  /** The corpus file at {@code relative} ("pdf/…"), or the test skipped (failed on CI). */
  public static Path file(String relative) {
    Path file = root().resolve(relative);
    if (!Files.isRegularFile(file)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("The shared corpus is not at " + root());
      }
      Assumptions.abort("The shared corpus is not at " + root());
    }
    return file;
  }
}
