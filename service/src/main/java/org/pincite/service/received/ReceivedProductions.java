package org.pincite.service.received;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.received.ImportStatus;
import org.pincite.domain.received.ReceivedVolume;
import org.pincite.domain.received.ReceivedVolumeRepository;
import org.pincite.domain.user.Role;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.ingest.FileNames;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.settings.PinciteSettings;

/**
 * Receiving a production: upload a volume into a matter (checked in the background), read its
 * report, edit its field mapping, commit it (stored in the background, whole or not at all) or
 * cancel it. Those who may add documents to the matter may do all of it; its other members may read
 * the reports; a volume of a matter the caller is not on is not found.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class ReceivedProductions {
  @Inject ReceivedVolumeRepository volumes;
  @Inject MatterAccess access;
  @Inject PinciteSettings settings;
  @Inject VolumeArchives archives;
  @Inject VolumeJobs jobs;
  @EJB VolumeWork work;

  /** A volume (a ZIP) for the matter: kept as sent, then checked in the background. */
  public ImportView upload(long matterId, String fileName, byte[] zip) {
    Matter matter = access.matterToAddTo(matterId);
    String name = FileNames.safe(fileName);
    if (zip == null || zip.length == 0) {
      throw new IngestException("'" + name + "' is empty (0 bytes); nothing was received");
    }
    if (zip.length > settings.maxUploadBytes()) {
      throw IngestException.tooLarge(name, settings.maxUploadBytes());
    }
    if (!MediaTypeDetector.ZIP.equals(MediaTypeDetector.detect(zip, name))) {
      throw new IngestException(
          "'"
              + name
              + "' is not a ZIP archive: send the volume (VOL001 with DATA, IMAGES, TEXT and"
              + " NATIVES), or its DAT and OPT with their folders, as one ZIP");
    }
    ReceivedVolume v = volumes.add(new ReceivedVolume(matter, name, access.callerName()));
    archives.keep(v.getId(), zip);
    jobs.validate(v.getId());
    return viewOf(v);
  }

  public ImportView view(long volumeId) {
    return viewOf(visible(volumeId));
  }

  private ImportView viewOf(ReceivedVolume v) {
    long volumeId = v.getId();
    return ImportView.of(
        v,
        v.getStatus() == ImportStatus.IMPORTED ? volumes.documentsOf(volumeId) : List.of(),
        jobs.done(volumeId));
  }

  /** The matter's volumes, newest first (without their documents). */
  public List<ImportView> ofMatter(long matterId) {
    access.visibleMatter(matterId);
    return volumes.findByMatter(matterId).stream()
        .map(v -> ImportView.of(v, List.of(), jobs.done(v.getId())))
        .toList();
  }

  /** Checks the volume again with the field mapping as the team edited it. */
  public ImportView remap(long volumeId, Map<String, String> mapping) {
    ReceivedVolume v = changeable(volumeId);
    recheck(v, mapping);
    return viewOf(v);
  }

  /**
   * Commits the volume (with the mapping as edited, when one is sent): refused while it has
   * blocking problems, and once committed or cancelled; its documents are stored in the background.
   */
  public ImportView commit(long volumeId, Map<String, String> mapping) {
    ReceivedVolume v = changeable(volumeId);
    if (mapping != null && !mapping.isEmpty() && v.getStatus() == ImportStatus.VALIDATED) {
      Map<String, String> merged = VolumeWork.edits(v.getMapping());
      merged.putAll(mapping);
      recheck(v, merged);
    }
    v.commit();
    jobs.commit(volumeId);
    return viewOf(v);
  }

  /** Cancels the volume before its commit; nothing of it is stored and its ZIP is removed. */
  public ImportView cancel(long volumeId) {
    ReceivedVolume v = changeable(volumeId);
    v.cancel();
    jobs.removeArchive(volumeId);
    return viewOf(v);
  }

  private void recheck(ReceivedVolume v, Map<String, String> mapping) {
    if (v.getStatus() != ImportStatus.VALIDATED) {
      v.commit(); // says, in the volume's own words, why it cannot change now
    }
    try {
      work.check(v, mapping);
    } catch (IOException e) {
      throw new IngestException("The volume cannot be read again: " + e.getMessage(), e);
    }
  }

  private ReceivedVolume visible(long volumeId) {
    ReceivedVolume v =
        volumes.find(volumeId).orElseThrow(() -> new NotFoundException("import", volumeId));
    access.checkVisible(v.getMatter(), "import", volumeId);
    return v;
  }

  private ReceivedVolume changeable(long volumeId) {
    ReceivedVolume v = visible(volumeId);
    access.matterToAddTo(v.getMatter().getId());
    return v;
  }
}
