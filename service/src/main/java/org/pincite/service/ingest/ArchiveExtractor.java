package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.pincite.service.ingest.ExtractionResult.Unpacked;
import org.pincite.service.settings.PinciteSettings;

/**
 * ZIP archives: a one-line text saying how many files they hold, and the files themselves, each of
 * which becomes a document of the family. Archives inside are unpacked here too, all within one
 * {@link ArchiveBudget} for the upload: PINCITE_ARCHIVE_MAX_ENTRIES entries and
 * PINCITE_ARCHIVE_MAX_MB in all, 200 times an entry's compressed size, archives {@value #MAX_DEPTH}
 * deep. Past the budget the archive ends FAILED with where it stopped, keeping what it took.
 */
@ApplicationScoped
public class ArchiveExtractor implements TextExtractor {
  static final int MAX_RATIO = 200;
  static final int MAX_DEPTH = 3;

  @Inject PinciteSettings settings;

  /** The budget of one upload's archives, as the settings give it. */
  public static ArchiveBudget uploadBudget(PinciteSettings settings) {
    return new ArchiveBudget(
        settings.archiveMaxEntries(), settings.archiveMaxBytes(), MAX_RATIO, MAX_DEPTH);
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.ZIP);
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    byte[] content = original.bytes();
    ArchiveBudget budget = uploadBudget(settings);
    try {
      Unpacked unpacked = new ZipUnpacker(budget).unpack(content);
      ExtractionOutcome outcome =
          unpacked.stopped() == null
              ? ExtractionOutcome.Extracted.text(List.of(unpacked.summary()))
              : new ExtractionOutcome.Failed(unpacked.stopped());
      return new ExtractionResult(outcome, unpacked.files());
    } catch (IOException e) {
      return ExtractionResult.of(
          new ExtractionOutcome.Failed("The archive was not unpacked: " + e.getMessage()));
    }
  }
}
