package org.pincite.domain.transcript;

import java.util.List;
import java.util.Optional;

/** Transcripts' particulars and their designations. */
public interface TranscriptRepository {
  Optional<Transcript> find(long documentId);

  Transcript add(Transcript transcript);

  Optional<Designation> findDesignation(long id);

  /** The transcript's designations in page:line order. */
  List<Designation> designations(long documentId);

  Designation add(Designation designation);

  void remove(Designation designation);
}
