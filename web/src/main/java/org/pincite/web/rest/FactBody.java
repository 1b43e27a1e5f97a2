package org.pincite.web.rest;

import java.util.List;
import org.pincite.domain.fact.FactStatus;
import org.pincite.service.command.FactDraft;

/**
 * The body of POST /api/matters/{id}/facts and PUT /api/facts/{id}: the fact's sentence, date
 * ({@code on}, {@code from}/{@code to}, {@code before}, {@code after}, {@code month} or {@code
 * year}), claims with their stance, status, flags and sources with their roles; {@code version}
 * (PUT only) is the version the edit was made on.
 */
public record FactBody(
    Long version,
    String text,
    FactDraft.DateDraft date,
    List<FactDraft.ClaimStance> claims,
    FactStatus status,
    Boolean material,
    Boolean key,
    List<FactDraft.SourceDraft> sources) {
  FactDraft draft() {
    return new FactDraft(
        text,
        date,
        claims,
        status,
        Boolean.TRUE.equals(material),
        Boolean.TRUE.equals(key),
        sources);
  }
}
