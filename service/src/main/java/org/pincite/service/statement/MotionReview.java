package org.pincite.service.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactClaim;
import org.pincite.domain.fact.FactRepository;
import org.pincite.domain.fact.FactStatus;
import org.pincite.domain.fact.SourceRole;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.Party;
import org.pincite.service.transcript.LineCites;

/**
 * What a motion still lacks and where the marks contradict each other, read from the matter's
 * claims, facts and passages. It checks no access: the calling service does.
 */
@ApplicationScoped
public class MotionReview {
  private ClaimRepository claims;
  private FactRepository facts;
  private AnnotationRepository annotations;
  private DocumentRepository documents;

  /** Names transcripts in the cites the reasons quote; without it, by their title. */
  @Inject LineCites lineCites;

  protected MotionReview() {}

  @Inject
  public MotionReview(
      ClaimRepository claims,
      FactRepository facts,
      AnnotationRepository annotations,
      DocumentRepository documents) {
    this.claims = claims;
    this.facts = facts;
    this.annotations = annotations;
    this.documents = documents;
  }

  /**
   * For {@code party}'s counts and defences: each element (a claim with nothing below it) that no
   * undisputed material fact supports, in tree order; then each fact bearing on them none of whose
   * supporting sources can be cited as it stands (or that has none): passages not found again in
   * their documents' text, without a page:line cite on a document with numbered lines, or on pages
   * a Bates-numbered document's range does not number ({@link CitableSources}).
   */
  public List<Unproven> unproven(Matter matter, Party party) {
    List<Claim> all = claims.findAllOfMatter(matter.getId());
    List<Fact> matterFacts = facts.findByMatter(matter.getId());
    List<Claim> tops =
        all.stream()
            .filter(c -> c.getParent().isEmpty() && c.getAssertedBy().equals(party))
            .sorted(Comparator.comparingInt(Claim::getPosition).thenComparing(Claim::getId))
            .toList();
    List<Unproven> out = new ArrayList<>();
    Map<Long, Claim> ofParty = new LinkedHashMap<>();
    for (Claim top : tops) {
      for (Claim c : top.selfAndDescendants()) {
        ofParty.put(c.getId(), c);
        if (!c.getChildren().isEmpty()) {
          continue;
        }
        boolean proven =
            matterFacts.stream()
                .anyMatch(
                    f ->
                        f.getStatus() == FactStatus.UNDISPUTED
                            && f.isMaterial()
                            && f.stanceOn(c).orElse(null) == Stance.SUPPORTS);
        if (!proven) {
          out.add(
              new Unproven(
                  Unproven.Kind.ELEMENT_WITHOUT_FACT,
                  c.getId(),
                  c.getLabel(),
                  null,
                  null,
                  "No undisputed material fact supports this "
                      + c.getKind().label().toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
    CitableSources citable = new CitableSources(documents, lineCites);
    for (Fact f : matterFacts) {
      FactClaim on =
          f.getClaims().stream()
              .filter(fc -> ofParty.containsKey(fc.getClaim().getId()))
              .findFirst()
              .orElse(null);
      if (on == null) {
        continue;
      }
      citable
          .reason(f.getNumber(), f.passages(SourceRole.SUPPORTS))
          .ifPresent(
              reason ->
                  out.add(
                      new Unproven(
                          Unproven.Kind.FACT_WITHOUT_CITABLE_SOURCE,
                          on.getClaim().getId(),
                          on.getClaim().getLabel(),
                          f.getId(),
                          f.getNumber(),
                          reason)));
    }
    return out;
  }

  /**
   * Passages on overlapping words of one document that one reviewer marked as supporting a claim
   * and another as refuting it; and facts marked undisputed whose claims have passages on the other
   * side from the documents the fact rests on.
   */
  public List<Conflict> conflicts(Matter matter) {
    List<Annotation> marked =
        annotations.findByMatter(matter.getId()).stream()
            .filter(a -> !a.isOrphaned() && a.getStance() != Stance.CONTEXT)
            .sorted(Comparator.comparing(Annotation::getId))
            .toList();
    List<Conflict> out = new ArrayList<>();
    Map<Long, List<Annotation>> byDocument =
        marked.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getDocument().getId(), LinkedHashMap::new, Collectors.toList()));
    for (List<Annotation> inDocument : byDocument.values()) {
      for (int i = 0; i < inDocument.size(); i++) {
        for (int j = i + 1; j < inDocument.size(); j++) {
          Annotation a = inDocument.get(i);
          Annotation b = inDocument.get(j);
          if (a.getStance() == b.getStance()
              || a.getAuthor().equals(b.getAuthor())
              || !overlap(a.getPassage(), b.getPassage())) {
            continue;
          }
          for (Claim c : a.getClaims()) {
            if (b.getClaims().contains(c)) {
              Annotation supports = a.getStance() == Stance.SUPPORTS ? a : b;
              Annotation refutes = supports == a ? b : a;
              out.add(
                  new Conflict(
                      Conflict.Kind.OVERLAPPING_PASSAGES,
                      c.getId(),
                      c.getLabel(),
                      a.getDocument().getId(),
                      a.getDocument().getTitle(),
                      List.of(supports.getId(), refutes.getId()),
                      null,
                      null,
                      supports.getAuthor()
                          + " marked these words as supporting the claim, "
                          + refutes.getAuthor()
                          + " as refuting it"));
            }
          }
        }
      }
    }
    Map<Long, List<Annotation>> byClaim = new HashMap<>();
    for (Annotation a : marked) {
      for (Claim c : a.getClaims()) {
        byClaim.computeIfAbsent(c.getId(), k -> new ArrayList<>()).add(a);
      }
    }
    for (Fact f : facts.findByMatter(matter.getId())) {
      if (f.getStatus() != FactStatus.UNDISPUTED) {
        continue;
      }
      Set<Document> sourceDocuments =
          f.getSources().stream()
              .map(s -> s.getPassage().getDocument())
              .collect(Collectors.toSet());
      for (FactClaim fc : f.getClaims()) {
        Stance other = fc.getStance() == Stance.SUPPORTS ? Stance.REFUTES : Stance.SUPPORTS;
        List<Annotation> against =
            byClaim.getOrDefault(fc.getClaim().getId(), List.of()).stream()
                .filter(a -> a.getStance() == other)
                .filter(a -> sourceDocuments.contains(a.getDocument()))
                .toList();
        if (against.isEmpty()) {
          continue;
        }
        Document d = against.get(0).getDocument();
        out.add(
            new Conflict(
                Conflict.Kind.UNDISPUTED_FACT_CONTRADICTED,
                fc.getClaim().getId(),
                fc.getClaim().getLabel(),
                d.getId(),
                d.getTitle(),
                against.stream().map(Annotation::getId).toList(),
                f.getId(),
                f.getNumber(),
                "Fact "
                    + f.getNumber()
                    + " is marked undisputed, but "
                    + against.size()
                    + (against.size() == 1 ? " passage" : " passages")
                    + " of the same documents "
                    + (other == Stance.REFUTES ? "refute" : "support")
                    + " the claim"));
      }
    }
    return out;
  }

  /** True when the two passages share at least one character. */
  static boolean overlap(Passage a, Passage b) {
    return before(a.getStartPage(), a.getStartOffset(), b.getEndPage(), b.getEndOffset())
        && before(b.getStartPage(), b.getStartOffset(), a.getEndPage(), a.getEndOffset());
  }

  /** (page, offset) strictly before (endPage, endOffset), ends being exclusive. */
  private static boolean before(int page, int offset, int endPage, int endOffset) {
    return page < endPage || (page == endPage && offset < endOffset);
  }
}
