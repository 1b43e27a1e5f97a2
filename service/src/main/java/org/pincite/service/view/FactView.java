package org.pincite.service.view;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.service.command.FactDraft.DateDraft;

/**
 * A fact as pages and the API show it: its number, sentence, date (as the API writes it and as a
 * lawyer reads it), claims, status, flags and sources with their pin cites; {@code version} goes
 * back with an edit.
 */
public record FactView(
    long id,
    int number,
    long version,
    long matterId,
    String text,
    DateDraft date,
    String dateText,
    List<ClaimOfFact> claims,
    FactStatus status,
    String statusLabel,
    boolean material,
    boolean key,
    List<SourceOfFact> sources,
    String author,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt)
    implements java.io.Serializable {

  /** A claim the fact bears on. */
  public record ClaimOfFact(long claimId, String label, Stance stance)
      implements java.io.Serializable {}

  /** A passage the fact rests on, with its pin cite. */
  public record SourceOfFact(
      long annotationId,
      long documentId,
      String document,
      SourceRole role,
      String quote,
      String cite,
      boolean orphaned)
      implements java.io.Serializable {}

  public static FactView of(Fact f, Function<Annotation, String> cite) {
    return new FactView(
        f.getId(),
        f.getNumber(),
        f.getVersion(),
        f.getMatter().getId(),
        f.getText(),
        DateDraft.of(f.getDate()),
        f.getDate().text(),
        f.getClaims().stream()
            .map(c -> new ClaimOfFact(c.getClaim().getId(), c.getClaim().getLabel(), c.getStance()))
            .toList(),
        f.getStatus(),
        f.getStatus().label(),
        f.isMaterial(),
        f.isKey(),
        f.getSources().stream()
            .map(
                s ->
                    new SourceOfFact(
                        s.getPassage().getId(),
                        s.getPassage().getDocument().getId(),
                        s.getPassage().getDocument().getTitle(),
                        s.getRole(),
                        s.getPassage().getPassage().getQuote(),
                        cite.apply(s.getPassage()),
                        s.getPassage().isOrphaned()))
            .toList(),
        f.getAuthor(),
        f.getCreatedAt(),
        f.getUpdatedBy(),
        f.getUpdatedAt());
  }

  /** True when the fact bears on claim {@code claimId}. */
  public boolean bearsOn(long claimId) {
    return claims.stream().anyMatch(c -> c.claimId() == claimId);
  }
}
