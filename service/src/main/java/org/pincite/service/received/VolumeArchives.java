package org.pincite.service.received;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.pincite.service.ingest.ArchiveExtractor;
import org.pincite.service.ingest.ZipUnpacker;
import org.pincite.service.settings.PinciteSettings;

/**
 * The uploaded volumes waiting for their commit: each ZIP as it was sent, under {@code
 * imports/<id>.zip} in the data directory (so that a commit resumes after a restart), removed once
 * the volume is imported or cancelled. Its files are read with the upload budget of every archive
 * (entries, bytes, ratio: {@link ArchiveExtractor#uploadBudget}).
 */
@ApplicationScoped
public class VolumeArchives {
  @Inject PinciteSettings settings;

  private Path file(long volumeId) {
    return settings.dataDirectory().resolve("imports").resolve(volumeId + ".zip");
  }

  void keep(long volumeId, byte[] zip) {
    Path target = file(volumeId);
    try {
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(volumeId + ".zip.part");
      Files.write(part, zip);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("The volume could not be saved: " + e.getMessage(), e);
    }
  }

  /** The volume's files by path; refused (UnsafeArchiveException) past the budget. */
  Map<String, byte[]> files(long volumeId) throws IOException {
    Path zip = file(volumeId);
    if (!Files.exists(zip)) {
      throw new IOException("the uploaded volume is no longer on the server; upload it again");
    }
    return new ZipUnpacker(ArchiveExtractor.uploadBudget(settings))
        .entries(Files.readAllBytes(zip));
  }

  void remove(long volumeId) {
    try {
      Files.deleteIfExists(file(volumeId));
    } catch (IOException e) {
      // Left for the next cancel or start; it holds nothing a document needs.
    }
  }
}
