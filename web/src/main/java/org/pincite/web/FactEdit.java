package org.pincite.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.service.command.FactDraft;
import org.pincite.service.view.FactView;
import org.pincite.service.view.PassageChoice;

/**
 * One fact's claims (each supported or refuted by it) and sources (each passage supporting or
 * disputing it) as the facts page's dialog edits them, before they are saved together: a claim or
 * passage is added, its stance or role changed, or it is taken off.
 */
public class FactEdit implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A claim of the fact, as edited. */
  public static final class ClaimLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long claimId;
    private final String label;
    private Stance stance;

    ClaimLine(long claimId, String label, Stance stance) {
      this.claimId = claimId;
      this.label = label;
      this.stance = stance;
    }

    public long getClaimId() {
      return claimId;
    }

    public String getLabel() {
      return label;
    }

    public Stance getStance() {
      return stance;
    }

    public void setStance(Stance stance) {
      this.stance = stance;
    }
  }

  /** A source of the fact, as edited. */
  public static final class SourceLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long annotationId;
    private final String cite;
    private final String quote;
    private SourceRole role;

    SourceLine(long annotationId, String cite, String quote, SourceRole role) {
      this.annotationId = annotationId;
      this.cite = cite;
      this.quote = quote;
      this.role = role;
    }

    public long getAnnotationId() {
      return annotationId;
    }

    public String getCite() {
      return cite;
    }

    public String getQuote() {
      return quote;
    }

    public SourceRole getRole() {
      return role;
    }

    public void setRole(SourceRole role) {
      this.role = role;
    }
  }

  private final FactView fact;
  private final List<ClaimLine> claims = new ArrayList<>();
  private final List<SourceLine> sources = new ArrayList<>();
  private Long newClaimId;
  private Stance newClaimStance = Stance.SUPPORTS;
  private Long newPassageId;
  private SourceRole newPassageRole = SourceRole.SUPPORTS;

  FactEdit(FactView fact) {
    this.fact = fact;
    fact.claims().forEach(c -> claims.add(new ClaimLine(c.claimId(), c.label(), c.stance())));
    fact.sources()
        .forEach(s -> sources.add(new SourceLine(s.annotationId(), s.cite(), s.quote(), s.role())));
  }

  /** Adds the claim chosen in the dialog (its label from {@code labels}) with the stance chosen. */
  void addClaim(Map<Long, String> labels) {
    if (newClaimId == null) {
      throw new DomainRuleViolation("Choose the claim to add");
    }
    if (claims.stream().anyMatch(c -> c.claimId == newClaimId)) {
      throw new DomainRuleViolation(
          "Fact " + fact.number() + " already bears on '" + labels.get(newClaimId) + "'");
    }
    claims.add(new ClaimLine(newClaimId, labels.get(newClaimId), newClaimStance));
    newClaimId = null;
  }

  /** Adds the passage chosen in the dialog (one of {@code choices}) with the role chosen. */
  void addSource(List<PassageChoice> choices) {
    PassageChoice chosen =
        choices.stream()
            .filter(p -> newPassageId != null && p.annotationId() == newPassageId)
            .findFirst()
            .orElseThrow(() -> new DomainRuleViolation("Choose the passage to add"));
    if (sources.stream().anyMatch(s -> s.annotationId == chosen.annotationId())) {
      throw new DomainRuleViolation("Fact " + fact.number() + " already cites " + chosen.cite());
    }
    sources.add(
        new SourceLine(chosen.annotationId(), chosen.cite(), chosen.quote(), newPassageRole));
    newPassageId = null;
  }

  void removeClaim(long claimId) {
    claims.removeIf(c -> c.claimId == claimId);
  }

  void removeSource(long annotationId) {
    sources.removeIf(s -> s.annotationId == annotationId);
  }

  /** The fact as loaded with the claims and sources edited here. */
  FactDraft draft() {
    return new FactDraft(
        fact.text(),
        fact.date(),
        claims.stream().map(c -> new FactDraft.ClaimStance(c.claimId, c.stance)).toList(),
        fact.status(),
        fact.material(),
        fact.key(),
        sources.stream().map(s -> new FactDraft.SourceDraft(s.annotationId, s.role)).toList());
  }

  public FactView getFact() {
    return fact;
  }

  public List<ClaimLine> getClaims() {
    return claims;
  }

  public List<SourceLine> getSources() {
    return sources;
  }

  public Long getNewClaimId() {
    return newClaimId;
  }

  public void setNewClaimId(Long newClaimId) {
    this.newClaimId = newClaimId;
  }

  public Stance getNewClaimStance() {
    return newClaimStance;
  }

  public void setNewClaimStance(Stance newClaimStance) {
    this.newClaimStance = newClaimStance;
  }

  public Long getNewPassageId() {
    return newPassageId;
  }

  public void setNewPassageId(Long newPassageId) {
    this.newPassageId = newPassageId;
  }

  public SourceRole getNewPassageRole() {
    return newPassageRole;
  }

  public void setNewPassageRole(SourceRole newPassageRole) {
    this.newPassageRole = newPassageRole;
  }
}
