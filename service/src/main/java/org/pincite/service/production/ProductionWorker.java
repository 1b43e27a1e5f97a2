package org.pincite.service.production;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.store.OriginalStore;

/**
 * Makes one production's volume: takes the job, counts each document's pages as produced, numbers
 * them (one short transaction), writes the ZIP beside the data directory's other files (outside any
 * transaction: it may take minutes), and records it done; whatever goes wrong ends the production
 * FAILED with the reason, and it may run again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionWorker {
  private static final Logger LOG = Logger.getLogger(ProductionWorker.class.getName());
  private static final int PROGRESS_EVERY = 10;

  @EJB ProductionRecorder recorder;
  @Inject OriginalStore store;
  @Inject PageRedactions redactions;
  @Inject ProductionVolumes volumes;

  public void run(long productionId) {
    try {
      make(productionId);
    } catch (DomainRuleViolation e) {
      recorder.fail(productionId, e.getMessage());
    } catch (IOException | RuntimeException | LinkageError | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "Production " + productionId + " failed", e);
      recorder.fail(productionId, "The volume could not be written: " + e.getMessage());
    }
  }

  private void make(long productionId) throws IOException {
    ProductionJob job = recorder.job(productionId).orElse(null);
    if (job == null) {
      return;
    }
    VolumeWriter.Originals originals = sha -> store.contains(sha) ? store.verifiedFile(sha) : null;
    List<Integer> pages = new ArrayList<>();
    for (ProductionJob.Item item : job.documents()) {
      pages.add(VolumeWriter.producedPages(item, originals));
    }
    List<BatesRange> ranges = recorder.number(productionId, pages);
    Files.createDirectories(volumes.folder());
    Path target = volumes.volumeOf(productionId);
    Path part = target.resolveSibling(target.getFileName() + ".part");
    MessageDigest sha256 = sha256();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
      new VolumeWriter(
              job,
              ranges,
              originals,
              redactions,
              done -> {
                if (done % PROGRESS_EVERY == 0) {
                  recorder.progress(productionId, done);
                }
              })
          .write(out);
    }
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    recorder.finish(productionId, HexFormat.of().formatHex(sha256.digest()), Files.size(target));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
