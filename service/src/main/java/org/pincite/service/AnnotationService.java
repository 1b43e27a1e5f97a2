package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.claim.ClaimRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactRepository;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.service.command.PassageSelection;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.page.PdfTextLayout;
import org.pincite.service.report.ReportAssembler;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.AnnotationView;
import org.pincite.service.view.ClaimPassage;
import org.pincite.service.view.PageHighlight;

/** Marking passages against claims, and changing or removing those marks. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class AnnotationService {
  private static final java.time.format.DateTimeFormatter CHANGED_AT =
      java.time.format.DateTimeFormatter.ofPattern(
              "d MMM yyyy, HH:mm:ss 'UTC'", java.util.Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);
  @Inject DocumentRepository documents;
  @Inject AnnotationRepository annotations;
  @Inject FactRepository facts;
  @Inject ClaimRepository claims;
  @Inject MatterAccess access;
  @Inject OriginalStore store;
  @Inject PdfTextLayout layout;
  @Inject ReportAssembler reports;

  public AnnotationView mark(
      long documentId, PassageSelection at, Stance stance, Collection<Long> claimIds, String note) {
    Document document = access.editableDocument(documentId);
    Passage passage =
        Passage.select(
            n -> documents.findPage(documentId, n).map(Page::getText).orElse(null),
            document.getPageCount(),
            at.startPage(),
            at.startOffset(),
            at.endPage(),
            at.endOffset(),
            at.quote());
    Annotation annotation =
        new Annotation(
            document, passage, stance, claimsOf(document, claimIds), note, access.callerName());
    return cited(annotations.add(annotation));
  }

  public List<AnnotationView> list(long documentId) {
    access.visibleDocument(documentId);
    return AnnotationView.all(annotations.findByDocument(documentId), reports.passageCites()::of);
  }

  /**
   * The passage as the API shows it, with its cited quote and pin cite (by page and line where
   * there are lines), as reports print them.
   */
  private AnnotationView cited(Annotation annotation) {
    return AnnotationView.of(annotation, reports.passageCites().of(annotation.getDocument()));
  }

  /**
   * The passages on page {@code number}: which characters of its text they cover and, on a PDF with
   * a text layer, the boxes to draw on its image. Orphaned passages have no place to show.
   */
  public List<PageHighlight> highlights(long documentId, int number) {
    Document document = access.visibleDocument(documentId);
    String text =
        documents
            .findPage(documentId, number)
            .map(Page::getText)
            .orElseThrow(
                () -> new NotFoundException("page " + number + " in document", documentId));
    boolean pdf = MediaTypeDetector.PDF.equals(document.getOriginal().getMediaType());
    String sha256 = document.getOriginal().getSha256();
    List<PageHighlight> found = new ArrayList<>();
    // Called for each page as the reader scrolls: only the passages on this page are read.
    for (Annotation a : annotations.findOnPage(documentId, number)) {
      Passage p = a.getPassage();
      int from = p.getStartPage() == number ? p.getStartOffset() : 0;
      int to = p.getEndPage() == number ? p.getEndOffset() : text.length();
      found.add(
          new PageHighlight(
              a.getId(),
              a.getStance(),
              from,
              to,
              pdf
                  ? layout.boxes(sha256, () -> store.verifiedFile(sha256), number, text, from, to)
                  : List.of()));
    }
    return found;
  }

  /** The matter's passages that were not found again in their documents' new text, for review. */
  public List<ClaimPassage> orphans(long matterId) {
    access.visibleMatter(matterId);
    return ClaimPassage.all(annotations.findOrphaned(matterId), reports.passageCites()::of);
  }

  /**
   * Changes a passage's stance, claims and note. {@code loadedVersion} is the version the caller
   * saw: when someone saved in between, the edit is refused rather than overwriting theirs.
   */
  public AnnotationView restate(
      long annotationId,
      long loadedVersion,
      Stance stance,
      Collection<Long> claimIds,
      String note) {
    Annotation annotation = access.editablePassage(annotationId);
    if (annotation.getVersion() != loadedVersion) {
      throw new StaleEditException(
          "This passage was changed by "
              + annotation.getUpdatedBy()
              + " at "
              + CHANGED_AT.format(annotation.getUpdatedAt())
              + " after you opened it. Your edit was not saved; reload to see theirs, then apply yours again.");
    }
    annotation.restate(
        stance, claimsOf(annotation.getDocument(), claimIds), note, access.callerName());
    writeNow();
    return cited(annotation);
  }

  /** Removes a passage; refused while facts cite it, so no fact loses its evidence unseen. */
  public void remove(long annotationId) {
    Annotation annotation = access.editablePassage(annotationId);
    List<Fact> citing = facts.findByPassage(annotationId);
    if (!citing.isEmpty()) {
      throw new DomainRuleViolation(
          (citing.size() == 1 ? "Fact " : "Facts ")
              + citing.stream()
                  .map(f -> Integer.toString(f.getNumber()))
                  .collect(java.util.stream.Collectors.joining(", "))
              + " cite this passage: remove it from "
              + (citing.size() == 1 ? "that fact" : "those facts")
              + " first");
    }
    annotations.remove(annotation);
    writeNow();
  }

  /**
   * Two saves of one passage at the same moment both pass the version check above; the database's
   * check on the version column stops the second. Written here, inside the use case, it is a 409
   * like any stale edit, not a failed commit (a 500 that said nothing of what happened).
   */
  private void writeNow() {
    try {
      annotations.writeNow();
    } catch (OptimisticLockException e) {
      throw new StaleEditException(
          "Someone else saved this passage at the same moment. Your change was not saved; reload"
              + " to see theirs, then apply yours again.");
    }
  }

  private Set<Claim> claimsOf(Document document, Collection<Long> claimIds) {
    if (claimIds == null || claimIds.isEmpty()) {
      throw new DomainRuleViolation("Choose at least one claim the passage bears on");
    }
    Set<Claim> found = new LinkedHashSet<>();
    for (Long id : claimIds) {
      Claim claim =
          claims
              .find(id)
              .filter(c -> c.getMatter().equals(document.getMatter()))
              .orElseThrow(
                  () -> new DomainRuleViolation("Claim " + id + " is not a claim of this matter"));
      found.add(claim);
    }
    return found;
  }
}
