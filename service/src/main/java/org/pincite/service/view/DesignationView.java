package org.pincite.service.view;

import java.time.Instant;
import org.pincite.domain.transcript.Designation;
import org.pincite.domain.transcript.DesignationKind;

/** A designation as the API and the viewer show it; {@code version} goes back with an edit. */
public record DesignationView(
    long id,
    long documentId,
    long partyId,
    String party,
    DesignationKind kind,
    int pageFrom,
    int lineFrom,
    int pageTo,
    int lineTo,
    String range,
    String objection,
    String ruling,
    String createdBy,
    Instant createdAt,
    long version)
    implements java.io.Serializable {
  public static DesignationView of(Designation d, String range) {
    return new DesignationView(
        d.getId(),
        d.getDocument().getId(),
        d.getParty().getId(),
        d.getParty().getName(),
        d.getKind(),
        d.getPageFrom(),
        d.getLineFrom(),
        d.getPageTo(),
        d.getLineTo(),
        range,
        d.getObjection(),
        d.getRuling(),
        d.getCreatedBy(),
        d.getCreatedAt(),
        d.getVersion());
  }
}
