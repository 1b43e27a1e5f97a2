package org.pincite.service.search;

import java.io.Serializable;
import java.time.LocalDate;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;

/**
 * The filters beside the results; null means "any". {@code from} and {@code to} include their day;
 * {@code claimId} with {@code stance} means a passage with that stance on that claim.
 */
public record SearchFilters(
    DocumentKind kind,
    DocumentType type,
    LocalDate from,
    LocalDate to,
    String sender,
    Long claimId,
    Stance stance,
    Boolean annotated)
    implements Serializable {
  public static SearchFilters none() {
    return new SearchFilters(null, null, null, null, null, null, null, null);
  }

  public SearchFilters withKind(DocumentKind k) {
    return new SearchFilters(k, type, from, to, sender, claimId, stance, annotated);
  }

  public SearchFilters withType(DocumentType t) {
    return new SearchFilters(kind, t, from, to, sender, claimId, stance, annotated);
  }

  public SearchFilters withDates(LocalDate f, LocalDate t) {
    return new SearchFilters(kind, type, f, t, sender, claimId, stance, annotated);
  }

  public SearchFilters withSender(String s) {
    return new SearchFilters(kind, type, from, to, s, claimId, stance, annotated);
  }

  public SearchFilters withClaim(Long c) {
    return new SearchFilters(kind, type, from, to, sender, c, stance, annotated);
  }

  public SearchFilters withStance(Stance s) {
    return new SearchFilters(kind, type, from, to, sender, claimId, s, annotated);
  }

  public SearchFilters withAnnotated(Boolean a) {
    return new SearchFilters(kind, type, from, to, sender, claimId, stance, a);
  }
}
