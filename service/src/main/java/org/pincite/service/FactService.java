package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactRepository;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.service.command.FactDraft;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.report.PassageCites;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.statement.Conflict;
import org.pincite.service.statement.MotionReview;
import org.pincite.service.statement.Unproven;
import org.pincite.service.transcript.LineCites;
import org.pincite.service.view.FactView;
import org.pincite.service.view.PassageChoice;

/**
 * The matter's facts: made from a passage in one step or written out, changed, removed; what a
 * moving party has not yet proven, and where the marks conflict. Every role may read; changing
 * facts needs a role that may mark passages.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class FactService {
  private static final java.time.format.DateTimeFormatter CHANGED_AT =
      java.time.format.DateTimeFormatter.ofPattern(
              "d MMM yyyy, HH:mm:ss 'UTC'", java.util.Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  @Inject FactRepository facts;
  @Inject AnnotationRepository annotations;
  @Inject DocumentRepository documents;
  @Inject LineCites lineCites;
  @Inject MatterAccess access;
  @Inject MotionReview review;

  /** The matter's facts by number. */
  public List<FactView> list(long matterId) {
    access.visibleMatter(matterId);
    PassageCites cites = new PassageCites(documents, lineCites);
    return facts.findByMatter(matterId).stream().map(f -> FactView.of(f, cites::of)).toList();
  }

  public FactView get(long factId) {
    return view(visible(factId));
  }

  public FactView create(long matterId, FactDraft draft) {
    Matter matter = access.editableMatter(matterId);
    Fact fact =
        new Fact(
            matter,
            facts.nextNumber(matterId),
            draft.text(),
            draft.date() == null ? null : draft.date().toFactDate(),
            draft.status(),
            draft.material(),
            draft.key(),
            bearings(matter, draft),
            evidence(matter, draft),
            access.callerName());
    return view(facts.add(fact));
  }

  /** A fact made from one passage: its quote the text, the passage its supporting source. */
  public FactView fromPassage(long annotationId) {
    Annotation passage = access.editablePassage(annotationId);
    Matter matter = passage.getDocument().getMatter();
    return view(
        facts.add(
            Fact.fromPassage(
                matter, facts.nextNumber(matter.getId()), passage, access.callerName())));
  }

  /**
   * Rewrites a fact. {@code loadedVersion} is the version the caller saw: when someone saved in
   * between, the edit is refused rather than overwriting theirs.
   */
  public FactView revise(long factId, long loadedVersion, FactDraft draft) {
    Fact fact = editable(factId, loadedVersion);
    fact.restate(
        draft.text(),
        draft.date() == null ? null : draft.date().toFactDate(),
        draft.status(),
        draft.material(),
        draft.key(),
        bearings(fact.getMatter(), draft),
        evidence(fact.getMatter(), draft),
        access.callerName());
    return view(fact);
  }

  public void remove(long factId) {
    Fact fact = visible(factId);
    access.editableMatter(fact.getMatter().getId());
    facts.remove(fact);
  }

  /** The facts that cite passage {@code annotationId}, for the viewer. */
  public List<FactView> ofPassage(long annotationId) {
    Annotation passage =
        annotations
            .find(annotationId)
            .orElseThrow(() -> new NotFoundException("passage", annotationId));
    access.checkVisible(passage.getDocument().getMatter(), "passage", annotationId);
    PassageCites cites = new PassageCites(documents, lineCites);
    return facts.findByPassage(annotationId).stream().map(f -> FactView.of(f, cites::of)).toList();
  }

  /**
   * The matter's passages a fact may rest on (those still found in their documents), by document
   * and place, each with its pin cite: what the facts page offers to attach.
   */
  public List<PassageChoice> passagesToCite(long matterId) {
    access.visibleMatter(matterId);
    PassageCites cites = new PassageCites(documents, lineCites);
    return annotations.findByMatter(matterId).stream()
        .filter(a -> !a.isOrphaned())
        .sorted(
            java.util.Comparator.comparing((Annotation a) -> a.getDocument().getTitle())
                .thenComparing(a -> a.getDocument().getId())
                .thenComparingInt(a -> a.getPassage().getStartPage())
                .thenComparingInt(a -> a.getPassage().getStartOffset()))
        .map(
            a ->
                new PassageChoice(
                    a.getId(),
                    a.getDocument().getId(),
                    a.getDocument().getTitle(),
                    cites.of(a),
                    a.getStance(),
                    a.getPassage().getQuote()))
        .toList();
  }

  /**
   * Adds passage {@code annotationId} to fact {@code factId} as one more source with {@code role},
   * after the others (the viewer's "Add to fact"). {@code loadedVersion} as for {@link #revise}.
   */
  public FactView attach(long factId, long loadedVersion, long annotationId, SourceRole role) {
    Fact fact = editable(factId, loadedVersion);
    Annotation passage =
        annotations
            .find(annotationId)
            .filter(a -> a.getDocument().getMatter().equals(fact.getMatter()))
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "Passage " + annotationId + " is not a passage of this matter"));
    fact.attach(passage, role, access.callerName());
    return view(fact);
  }

  /** What party {@code partyId} has not yet proven for a motion on its counts and defences. */
  public List<Unproven> unproven(long matterId, long partyId) {
    Matter matter = access.visibleMatter(matterId);
    return review.unproven(matter, partyOf(matter, partyId));
  }

  /** Marks that contradict each other, for review. */
  public List<Conflict> conflicts(long matterId) {
    return review.conflicts(access.visibleMatter(matterId));
  }

  static Party partyOf(Matter matter, long partyId) {
    return matter.getParties().stream()
        .filter(p -> p.getId() == partyId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("party", partyId));
  }

  private Fact visible(long factId) {
    Fact fact = facts.find(factId).orElseThrow(() -> new NotFoundException("fact", factId));
    access.checkVisible(fact.getMatter(), "fact", factId);
    return fact;
  }

  private Fact editable(long factId, long loadedVersion) {
    Fact fact = visible(factId);
    access.editableMatter(fact.getMatter().getId());
    if (fact.getVersion() != loadedVersion) {
      throw new StaleEditException(
          "Fact "
              + fact.getNumber()
              + " was changed by "
              + fact.getUpdatedBy()
              + " at "
              + CHANGED_AT.format(fact.getUpdatedAt())
              + " after you opened it. Your edit was not saved; reload to see theirs, then apply"
              + " yours again.");
    }
    return fact;
  }

  private FactView view(Fact fact) {
    return FactView.of(fact, new PassageCites(documents, lineCites)::of);
  }

  private List<Fact.Bearing> bearings(Matter matter, FactDraft draft) {
    List<Fact.Bearing> out = new ArrayList<>();
    for (FactDraft.ClaimStance c : draft.claims()) {
      if (c.claimId() == null) {
        throw new DomainRuleViolation("Each claim of a fact needs its claimId");
      }
      Claim claim;
      try {
        claim = access.claimOf(matter, c.claimId());
      } catch (NotFoundException e) {
        throw new DomainRuleViolation("Claim " + c.claimId() + " is not a claim of this matter");
      }
      out.add(new Fact.Bearing(claim, c.stance()));
    }
    return out;
  }

  private List<Fact.Evidence> evidence(Matter matter, FactDraft draft) {
    List<Fact.Evidence> out = new ArrayList<>();
    for (FactDraft.SourceDraft s : draft.sources()) {
      if (s.annotationId() == null) {
        throw new DomainRuleViolation("Each source of a fact needs its annotationId");
      }
      Annotation passage =
          annotations
              .find(s.annotationId())
              .filter(a -> a.getDocument().getMatter().equals(matter))
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "Passage " + s.annotationId() + " is not a passage of this matter"));
      out.add(new Fact.Evidence(passage, s.role()));
    }
    return out;
  }
}
