package org.pincite.service.chronology;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactClaim;
import org.pincite.service.report.PassageCites;
import org.pincite.service.report.ReportAssembler;
import org.pincite.service.text.DocumentDates;

/**
 * Builds a matter's chronology from the database. Without filters it holds every dated document and
 * every passage marked in one; with a claim (which takes in its elements and allegations) or a
 * stance, only the passages that match, and the documents they are in.
 */
@ApplicationScoped
public class ChronologyBuilder {
  @Inject ReportAssembler reports;

  @PersistenceContext(unitName = "pincite")
  private EntityManager em;

  protected ChronologyBuilder() {}

  /**
   * For use outside the container, with an entity manager the caller owns (passages then carry no
   * pin cite).
   */
  public ChronologyBuilder(EntityManager em) {
    this.em = em;
  }

  /** {@code claim} and {@code stance} may be null (any). */
  public Chronology build(long matterId, Claim claim, Stance stance) {
    boolean filtered = claim != null || stance != null;
    Set<Long> claimIds =
        claim == null
            ? null
            : claim.selfAndDescendants().stream().map(Claim::getId).collect(Collectors.toSet());
    List<Document> documents =
        em.createQuery(
                "select d from Document d where d.matter.id = :m order by d.id", Document.class)
            .setParameter("m", matterId)
            .getResultList();
    List<Annotation> annotations =
        em.createQuery(
                "select distinct a from Annotation a join fetch a.document d left join fetch a.claims where d.matter.id = :m",
                Annotation.class)
            .setParameter("m", matterId)
            .getResultList();

    PassageCites cites = reports == null ? null : reports.passageCites();
    List<ChronologyEntry> entries = new ArrayList<>();
    Set<Long> documentsWithPassages = new HashSet<>();
    for (Annotation a : annotations) {
      if (stance != null && a.getStance() != stance) {
        continue;
      }
      List<Claim> claims =
          a.getClaims().stream().sorted(Comparator.comparing(Claim::getId)).toList();
      if (claimIds != null && claims.stream().noneMatch(c -> claimIds.contains(c.getId()))) {
        continue;
      }
      Document d = a.getDocument();
      LocalDate date = DocumentDates.of(d).orElse(null);
      if (date == null) {
        continue;
      }
      documentsWithPassages.add(d.getId());
      entries.add(
          new ChronologyEntry(
              date,
              ChronologyEntry.PASSAGE,
              d.getId(),
              d.toString(),
              d.getType().label(),
              a.getPassage().getStartPage(),
              a.getPassage().getQuote(),
              a.getStance(),
              claims.stream().map(Claim::getId).toList(),
              claims.stream().map(Claim::getLabel).toList(),
              a.getId(),
              cites == null ? null : cites.of(a)));
    }
    addFacts(matterId, claimIds, stance, cites, entries);
    int undated = 0;
    for (Document d : documents) {
      LocalDate date = DocumentDates.of(d).orElse(null);
      if (date == null) {
        undated++;
        continue;
      }
      if (filtered && !documentsWithPassages.contains(d.getId())) {
        continue;
      }
      entries.add(
          new ChronologyEntry(
              date,
              ChronologyEntry.DOCUMENT,
              d.getId(),
              d.toString(),
              d.getType().label(),
              null,
              d.toString(),
              null,
              List.of(),
              List.of(),
              null,
              null));
    }
    entries.sort(
        Comparator.comparing(ChronologyEntry::date)
            .thenComparing(ChronologyEntry::documentId)
            .thenComparing(e -> e.isFact() ? 2 : e.isPassage() ? 1 : 0)
            .thenComparing(e -> e.page() == null ? 0 : e.page())
            .thenComparing(e -> e.annotationId() == null ? 0L : e.annotationId()));
    return new Chronology(List.copyOf(entries), undated);
  }

  /**
   * The matter's dated facts, placed on the first day their date may mean; with filters, those that
   * bear on the claim (or its elements) with the stance.
   */
  private void addFacts(
      long matterId,
      Set<Long> claimIds,
      Stance stance,
      PassageCites cites,
      List<ChronologyEntry> entries) {
    List<Fact> facts =
        em.createQuery(
                "select distinct f from Fact f left join fetch f.claims c left join fetch c.claim"
                    + " where f.matter.id = :m",
                Fact.class)
            .setParameter("m", matterId)
            .getResultList();
    for (Fact f : facts) {
      LocalDate date = f.getDate().sortKey();
      List<FactClaim> on =
          f.getClaims().stream()
              .filter(c -> claimIds == null || claimIds.contains(c.getClaim().getId()))
              .filter(c -> stance == null || c.getStance() == stance)
              .toList();
      if (date == null
          || f.getSources().isEmpty()
          || ((claimIds != null || stance != null) && on.isEmpty())) {
        continue;
      }
      Annotation first = f.getSources().get(0).getPassage();
      Document d = first.getDocument();
      entries.add(
          new ChronologyEntry(
              date,
              ChronologyEntry.FACT,
              d.getId(),
              d.toString(),
              d.getType().label(),
              first.getPassage().getStartPage(),
              "Fact " + f.getNumber() + " (" + f.getDate().text() + "): " + f.getText(),
              null,
              f.getClaims().stream().map(c -> c.getClaim().getId()).toList(),
              f.getClaims().stream().map(c -> c.getClaim().getLabel()).toList(),
              null,
              cites == null ? null : cites.of(first)));
    }
  }

  /** Labels of the matter's claims by id, for choosing a filter. */
  public Map<Long, String> claimLabels(long matterId) {
    return em.createQuery(
            "select c from Claim c where c.matter.id = :m order by c.position, c.id", Claim.class)
        .setParameter("m", matterId)
        .getResultStream()
        .collect(
            Collectors.toMap(
                Claim::getId, Claim::getLabel, (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
