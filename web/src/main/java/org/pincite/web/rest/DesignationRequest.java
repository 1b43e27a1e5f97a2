package org.pincite.web.rest;

import org.pincite.service.command.Designate;

/** A designation as sent: {@link Designate}'s fields and, for an edit, the version loaded. */
public record DesignationRequest(
    Long version,
    String party,
    String kind,
    int pageFrom,
    int lineFrom,
    int pageTo,
    int lineTo,
    String objection,
    String ruling) {
  Designate command() {
    return new Designate(party, kind, pageFrom, lineFrom, pageTo, lineTo, objection, ruling);
  }
}
