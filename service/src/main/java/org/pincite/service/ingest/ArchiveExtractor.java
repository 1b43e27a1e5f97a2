package org.pincite.service.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;
import org.pincite.service.settings.PinciteSettings;

/**
 * ZIP archives: a one-line text saying how many files they hold, and the files themselves, each of
 * which becomes a document of the family. Unpacked within limits ({@link ZipUnpacker}): 10,000
 * entries, the upload limit in all, 200 times an entry's compressed size.
 */
@ApplicationScoped
public class ArchiveExtractor implements TextExtractor {
  @Inject PinciteSettings settings;

  @Override
  public Set<String> mediaTypes() {
    return Set.of(MediaTypeDetector.ZIP);
  }

  @Override
  public ExtractionResult extract(Original original) throws IOException {
    byte[] content = original.bytes();
    try {
      List<ContainedFile> files =
          new ZipUnpacker(10_000, settings.maxUploadBytes(), 200).unpack(content);
      return new ExtractionResult(
          ExtractionOutcome.Extracted.text(
              List.of(
                  "Archive of " + files.size() + " files; each is a document of its own below.\n")),
          files);
    } catch (IOException e) {
      return ExtractionResult.of(
          new ExtractionOutcome.Failed("The archive was not unpacked: " + e.getMessage()));
    }
  }
}
