package org.pincite.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.service.transcript.LineCites;

/**
 * Builds a {@link ClaimReport} or {@link ClaimChart} from the matter's claims and passages, read
 * through the repositories. It checks no access: {@code ReportService} does, then calls this.
 *
 * <p>Within a section, passages run in the order of their documents (dated first, oldest first,
 * then by title) and within a document in reading order; the index lists documents in that order.
 */
@ApplicationScoped
public class ReportAssembler {
  private ClaimRepository claims;
  private AnnotationRepository annotations;
  private DocumentRepository documents;
  private LineCites lineCites;

  protected ReportAssembler() {}

  public ReportAssembler(
      ClaimRepository claims, AnnotationRepository annotations, DocumentRepository documents) {
    this(claims, annotations, documents, new LineCites(documents, null));
  }

  @Inject
  public ReportAssembler(
      ClaimRepository claims,
      AnnotationRepository annotations,
      DocumentRepository documents,
      LineCites lineCites) {
    this.claims = claims;
    this.annotations = annotations;
    this.documents = documents;
    this.lineCites = lineCites;
  }

  private static final Comparator<Document> DOCUMENT_ORDER =
      Comparator.comparing(
              Document::getDocumentDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(Document::getTitle, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Document::getId);

  private static final Comparator<Annotation> PASSAGE_ORDER =
      Comparator.comparing(Annotation::getDocument, DOCUMENT_ORDER)
          .thenComparingInt((Annotation a) -> a.getPassage().getStartPage())
          .thenComparingInt(a -> a.getPassage().getStartOffset())
          .thenComparing(Annotation::getId);

  /**
   * The report on {@code root} (a claim of {@code matter}) and every claim below it. Passages of
   * claims outside that tree are left out, even when the same passage also bears on one inside it.
   */
  public ClaimReport report(
      Matter matter, Claim root, boolean includeContext, String preparedBy, Instant at) {
    claims.findAllOfMatter(matter.getId()); // the whole tree in one query, so walking it costs none
    List<Claim> tree = root.selfAndDescendants();
    Map<Long, Integer> depth = new HashMap<>();
    for (Claim c : tree) {
      depth.put(
          c.getId(),
          c.getParent()
              .filter(p -> depth.containsKey(p.getId()))
              .map(p -> depth.get(p.getId()) + 1)
              .orElse(0));
    }
    List<Annotation> found = new ArrayList<>(annotations.findByClaims(depth.keySet()));
    found.sort(PASSAGE_ORDER);
    EvidenceArithmetic evidence = EvidenceArithmetic.of(tree, found);
    Cites cites = new Cites(passageCites());

    List<ClaimSection> sections = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    Set<Long> supporting = new LinkedHashSet<>();
    Set<Long> refuting = new LinkedHashSet<>();
    Set<Long> context = new LinkedHashSet<>();
    Set<Document> cited = new LinkedHashSet<>();
    for (Claim claim : tree) {
      Map<Stance, List<PassageEntry>> byStance = new LinkedHashMap<>();
      for (Stance s : Stance.values()) {
        byStance.put(s, new ArrayList<>());
      }
      for (Annotation a : found) {
        if (a.getClaims().stream().noneMatch(c -> c.getId().equals(claim.getId()))) {
          continue;
        }
        if (a.getStance() == Stance.CONTEXT && !includeContext) {
          continue;
        }
        byStance.get(a.getStance()).add(cites.entry(a));
        (a.getStance() == Stance.SUPPORTS
                ? supporting
                : a.getStance() == Stance.REFUTES ? refuting : context)
            .add(a.getId());
        cited.add(a.getDocument());
      }
      ClaimSection section =
          new ClaimSection(
              claim.getId(),
              depth.get(claim.getId()),
              claim.getKind(),
              claim.getLabel(),
              claim.getText(),
              byStance.get(Stance.SUPPORTS),
              byStance.get(Stance.REFUTES),
              byStance.get(Stance.CONTEXT));
      sections.add(section);
      // A gap is an element (or a claim without any) that nothing supports; what the other side
      // has, or lacks, is no gap (EvidenceArithmetic).
      if (evidence.of(claim.getId()).gap()) {
        gaps.add(new Gap(claim.getId(), section.title(), Stance.SUPPORTS));
      }
    }
    List<CitedDocument> index = index(cited);
    ReportHeader header =
        new ReportHeader(
            matter.getCaption(),
            matter.getCourt(),
            matter.getDocketNumber(),
            root.getKind().label(),
            root.getLabel(),
            root.getAssertedBy().getName(),
            at,
            preparedBy);
    return new ClaimReport(
        header,
        includeContext,
        sections,
        gaps,
        new ReportCounts(
            supporting.size(), refuting.size(), context.size(), index.size(), gaps.size()),
        index);
  }

  /**
   * Every claim of the matter in tree order with the passages on it and on everything below it
   * (each passage counted once), and the documents they come from (passages on numbered lines by
   * their page:line cites).
   */
  public ClaimChart chart(Matter matter, String preparedBy, Instant at) {
    List<Claim> all = claims.findAllOfMatter(matter.getId());
    List<Claim> tops =
        all.stream()
            .filter(c -> c.getParent().isEmpty())
            .sorted(Comparator.comparingInt(Claim::getPosition).thenComparing(Claim::getId))
            .toList();
    List<Annotation> found = new ArrayList<>(annotations.findByMatter(matter.getId()));
    found.sort(PASSAGE_ORDER);
    Set<Document> cited = new LinkedHashSet<>();
    for (Annotation a : found) {
      if (a.getStance() != Stance.CONTEXT) {
        cited.add(a.getDocument());
      }
    }
    List<CitedDocument> index = index(cited);
    EvidenceArithmetic evidence = EvidenceArithmetic.of(all, found);
    PassageCites cites = passageCites();
    Function<Annotation, String> evidenceName =
        a -> cites.lines(a).isPresent() ? cites.of(a) : shortName(a.getDocument());
    List<ClaimChart.Row> rows = new ArrayList<>();
    for (Claim top : tops) {
      addRows(top, 0, found, evidenceName, evidence, rows);
    }
    ReportHeader header =
        new ReportHeader(
            matter.getCaption(),
            matter.getCourt(),
            matter.getDocketNumber(),
            null,
            null,
            null,
            at,
            preparedBy);
    return new ClaimChart(header, rows, index);
  }

  private static void addRows(
      Claim claim,
      int depth,
      List<Annotation> found,
      Function<Annotation, String> evidenceName,
      EvidenceArithmetic evidence,
      List<ClaimChart.Row> rows) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Claim c : claim.selfAndDescendants()) {
      ids.add(c.getId());
    }
    // In index order (found is sorted by document): each document once, each page:line cite once.
    Set<String> forEvidence = new LinkedHashSet<>();
    Set<String> againstEvidence = new LinkedHashSet<>();
    for (Annotation a : found) {
      if (a.getClaims().stream().noneMatch(c -> ids.contains(c.getId()))) {
        continue;
      }
      if (a.getStance() == Stance.SUPPORTS) {
        forEvidence.add(evidenceName.apply(a));
      } else if (a.getStance() == Stance.REFUTES) {
        againstEvidence.add(evidenceName.apply(a));
      }
    }
    EvidenceArithmetic.ClaimEvidence n = evidence.of(claim.getId());
    rows.add(
        new ClaimChart.Row(
            claim.getId(),
            depth,
            claim.getKind().label(),
            claim.getLabel(),
            claim.getAssertedBy().getName(),
            n.withElements().supporting(),
            n.withElements().refuting(),
            n.withElements().context(),
            List.copyOf(forEvidence),
            List.copyOf(againstEvidence),
            n.own().supporting(),
            n.own().refuting(),
            n.gap()));
    for (Claim child : claim.getChildren()) {
      addRows(child, depth + 1, found, evidenceName, evidence, rows);
    }
  }

  /**
   * How a chart names a document: by its exhibit label, else its title. (A passage on numbered
   * lines is named by its page:line cite instead: "Quinn Dep. 3:25–4:2".)
   */
  static String shortName(Document d) {
    return d.getExhibitLabel() != null && !d.getExhibitLabel().isBlank()
        ? d.getExhibitLabel()
        : d.getTitle();
  }

  private static List<CitedDocument> index(Set<Document> cited) {
    return cited.stream()
        .sorted(DOCUMENT_ORDER)
        .map(
            d ->
                new CitedDocument(
                    d.getId(),
                    d.getTitle(),
                    d.getExhibitLabel(),
                    d.getType().label(),
                    d.getDocumentDate(),
                    d.getPageCount(),
                    d.getOriginal().getSha256(),
                    d.getBates().map(Object::toString).orElse(null)))
        .toList();
  }

  /**
   * The cites of passages as reports print them, for one use (a list, a chronology): each
   * document's pages read once.
   */
  public PassageCites passageCites() {
    return new PassageCites(documents, lineCites);
  }

  /** Report entries for one report, each passage's pin cite made once. */
  private static final class Cites {
    private final PassageCites cites;
    private final Map<Long, PassageEntry> done = new HashMap<>();

    Cites(PassageCites cites) {
      this.cites = cites;
    }

    PassageEntry entry(Annotation a) {
      return done.computeIfAbsent(
          a.getId(),
          id ->
              new PassageEntry(
                  a.getId(),
                  a.getDocument().getId(),
                  a.getStance(),
                  cites.citedQuote(a),
                  cites.of(a),
                  a.getNote(),
                  a.getAuthor(),
                  a.getCreatedAt()));
    }
  }
}
