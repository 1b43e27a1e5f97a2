package org.pincite.domain.archive;

import java.util.List;
import java.util.Optional;

public interface ArchiveRepository {
  ArchiveImport add(ArchiveImport archiveImport);

  Optional<ArchiveImport> findImport(long id);

  ArchivedChange add(ArchivedChange change);

  /** The audit trail a restored matter's archive carried, in the archive's order. */
  List<ArchivedChange> archivedChanges(long matterId);
}
