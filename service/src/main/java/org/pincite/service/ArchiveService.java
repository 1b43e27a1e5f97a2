package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pincite.domain.archive.ArchiveImport;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.Role;
import org.pincite.service.archive.ArchiveContents;
import org.pincite.service.archive.ArchiveRestorer;
import org.pincite.service.archive.MatterArchiveWriter;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.jpa.JpaArchiveRepository;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.ArchiveImportView;

/**
 * A whole matter as one archive, and an archive restored as a new matter (administrators only): see
 * {@code service.archive}.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ArchiveService {
  @PersistenceContext(unitName = "pincite")
  EntityManager em;

  @Inject MatterAccess access;
  @Inject OriginalStore store;
  @EJB ArchiveRestorer restorer;

  /**
   * Writes the matter's archive to a temporary file (the caller sends it and deletes it): originals
   * of any size never pass through memory whole.
   */
  public Path export(long matterId) {
    Matter matter = access.visibleMatter(matterId);
    MatterArchiveWriter.Contents contents = ArchiveContents.load(em, matter);
    try {
      Path file = Files.createTempFile("pincite-archive-", ".zip");
      try (OutputStream out = Files.newOutputStream(file)) {
        MatterArchiveWriter.write(contents, store::open, out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("The archive of matter " + matterId + " failed", e);
    }
  }

  /** The archive's file name: the docket number, made safe. */
  public String fileName(long matterId) {
    return access.visibleMatter(matterId).getDocketNumber().replaceAll("[^A-Za-z0-9._-]+", "_")
        + ".pincite.zip";
  }

  /**
   * Takes an archive to restore as a new matter (under {@code docketNumber}, or the archive's own
   * when null): answers the import, CHECKING; the check and the restore go on in the background.
   */
  public ArchiveImportView startImport(InputStream archive, String fileName, String docketNumber) {
    access.requireEveryMatter();
    access.refuseReadOnlyToken();
    Path file;
    try {
      file = Files.createTempFile("pincite-import-", ".zip");
      Files.copy(archive, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("The archive could not be received: " + e.getMessage(), e);
    }
    // Committed before the background work looks for it.
    long id = restorer.begin(fileName, access.callerName());
    restorer.run(id, file, docketNumber);
    return importStatus(id);
  }

  public ArchiveImportView importStatus(long importId) {
    access.requireEveryMatter();
    return view(
        new JpaArchiveRepository(em)
            .findImport(importId)
            .orElseThrow(() -> new NotFoundException("archive import", importId)));
  }

  private static ArchiveImportView view(ArchiveImport i) {
    return new ArchiveImportView(
        i.getId(),
        i.getStatus().name(),
        i.getMatter().map(Matter::getId).orElse(null),
        i.getProblems(),
        i.getFileName(),
        i.getRequestedBy(),
        i.getRequestedAt(),
        i.getFinishedAt());
  }
}
