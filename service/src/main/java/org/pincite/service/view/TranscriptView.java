package org.pincite.service.view;

import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.transcript.TranscriptKind;

/**
 * A transcript's particulars, how it is cited, and the exhibits named in its testimony (each linked
 * to the matter's document with that exhibit label when there is one).
 */
public record TranscriptView(
    long documentId,
    long version,
    TranscriptKind kind,
    String witness,
    LocalDate takenOn,
    int volume,
    int firstPage,
    Integer trialDay,
    String citeName,
    List<ExhibitView> exhibits)
    implements java.io.Serializable {

  /** "Exhibit 14" on 4:4, and the document labelled so (null when the matter has none). */
  public record ExhibitView(String label, String at, Long documentId, String documentTitle)
      implements java.io.Serializable {}
}
