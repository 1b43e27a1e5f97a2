package org.pincite.domain.received;

import java.util.List;
import java.util.Optional;

public interface ReceivedVolumeRepository {
  ReceivedVolume add(ReceivedVolume volume);

  Optional<ReceivedVolume> find(long id);

  /** The volumes in one of these states, oldest first (to resume them after a restart). */
  List<ReceivedVolume> findByStatus(ImportStatus status);

  /** The matter's volumes, newest first. */
  List<ReceivedVolume> findByMatter(long matterId);

  ReceivedDocument addDocument(ReceivedDocument document);

  /** The documents a volume became, in the load file's order. */
  List<ReceivedDocument> documentsOf(long volumeId);

  /** The load-file record a document came in, when it came in a received volume. */
  Optional<ReceivedDocument> findByDocument(long documentId);
}
