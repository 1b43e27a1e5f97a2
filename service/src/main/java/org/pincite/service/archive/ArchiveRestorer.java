package org.pincite.service.archive;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.domain.archive.ArchiveImport;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.user.Role;
import org.pincite.service.jpa.JpaArchiveRepository;
import org.pincite.service.store.OriginalStore;

/**
 * Runs one archive import in the background (for {@code ArchiveService}): checks the archive, then
 * restores it in one transaction of its own, and records RESTORED or REFUSED in another, so a
 * refusal or a failure leaves no part of the matter behind. Deletes the uploaded file when done.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ArchiveRestorer {
  private static final Logger LOG = Logger.getLogger(ArchiveRestorer.class.getName());

  @PersistenceContext(unitName = "pincite")
  EntityManager em;

  @Inject OriginalStore store;
  @Resource SessionContext context;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long importId, Path file, String docketNumber) {
    ArchiveRestorer self = context.getBusinessObject(ArchiveRestorer.class);
    try {
      Map<String, byte[]> entries;
      try (InputStream in = Files.newInputStream(file)) {
        entries = ArchiveCheck.entries(in);
      }
      List<String> problems = checked(entries);
      if (!problems.isEmpty()) {
        self.refuse(importId, problems);
        return;
      }
      self.restoring(importId);
      long matterId = self.restore(entries, docketNumber);
      self.restored(importId, matterId);
    } catch (MatterRestore.Refused e) {
      self.refuse(importId, e.problems());
    } catch (IOException e) {
      self.refuse(
          importId, List.of("The file is not a ZIP archive Pincite can read: " + e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Archive import " + importId + " failed", e);
      self.refuse(importId, List.of("The restore failed and was rolled back: " + e));
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
      }
    }
  }

  private static List<String> checked(Map<String, byte[]> entries) {
    try {
      return ArchiveCheck.problems(entries);
    } catch (RuntimeException e) {
      return List.of("This is not a Pincite matter archive: its files cannot be read (" + e + ")");
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long restore(Map<String, byte[]> entries, String docketNumber) {
    Matter matter = MatterRestore.restore(entries, docketNumber, em, store);
    return matter.getId();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long begin(String fileName, String requestedBy) {
    return new JpaArchiveRepository(em).add(new ArchiveImport(fileName, requestedBy)).getId();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void restoring(long importId) {
    find(importId).restoring();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void restored(long importId, long matterId) {
    find(importId).restored(em.find(Matter.class, matterId));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refuse(long importId, List<String> problems) {
    find(importId).refused(problems);
  }

  private ArchiveImport find(long importId) {
    return new JpaArchiveRepository(em).findImport(importId).orElseThrow();
  }
}
