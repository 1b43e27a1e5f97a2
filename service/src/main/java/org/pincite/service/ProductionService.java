package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.claim.Claim;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.production.ProducedDocument;
import org.pincite.domain.production.Production;
import org.pincite.domain.production.ProductionRepository;
import org.pincite.domain.production.ProductionStateException;
import org.pincite.domain.production.ProductionStatus;
import org.pincite.domain.production.VolumeImages;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.user.Role;
import org.pincite.service.command.NewProduction;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.UnknownReportFormatException;
import org.pincite.service.production.ProductionPlan;
import org.pincite.service.production.ProductionQueue;
import org.pincite.service.production.ProductionVolumes;
import org.pincite.service.report.PrivilegeLogEntry;
import org.pincite.service.report.PrivilegeLogWriter;
import org.pincite.service.report.ReportFile;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.view.ProducedDocumentView;
import org.pincite.service.view.ProductionView;

/**
 * Productions we make: drafting one (documents, numbering, endorsements, what is withheld), the
 * numbering it would give, running it in the background, and its volume and privilege log once
 * made. Members of the matter may read them; who may add documents may make and run them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class ProductionService {
  private static final int DEFAULT_PADDING = 7;

  @Inject MatterAccess access;
  @Inject ProductionRepository productions;
  @Inject DocumentRepository documents;
  @Inject AnnotationRepository annotations;
  @Inject ProductionQueue queue;
  @Inject ProductionVolumes volumes;
  @Inject ProductionPlan plan;

  /** Drafts a production of the matter; it runs when asked ({@link #run}). */
  public ProductionView create(long matterId, NewProduction command) {
    Matter matter = access.matterToProduceFrom(matterId);
    Production p = draft(matter, command);
    if (productions.nameTaken(matterId, p.getName())) {
      throw new ProductionStateException(
          "The matter already has a production named '" + p.getName() + "'");
    }
    productions.add(p);
    return view(p, false);
  }

  /**
   * The numbering the production would get, document by document, without drafting it: each
   * document with the pages it would have as produced.
   */
  public ProductionView preview(long matterId, NewProduction command) {
    Matter matter = access.matterToProduceFrom(matterId);
    return view(draft(matter, command), true);
  }

  /** The documents of the matter that passages marked for the claim (or below it) lie in. */
  public List<Long> documentsMarkedFor(long matterId, long claimId) {
    Matter matter = access.visibleMatter(matterId);
    Claim claim = access.claimOf(matter, claimId);
    Set<Long> ids = new LinkedHashSet<>();
    List<Long> claims = new ArrayList<>();
    collect(claim, claims);
    for (Annotation a : annotations.findByClaims(claims)) {
      ids.add(a.getDocument().getId());
    }
    return List.copyOf(ids);
  }

  private static void collect(Claim claim, List<Long> ids) {
    ids.add(claim.getId());
    claim.getChildren().forEach(c -> collect(c, ids));
  }

  /** Starts the draft (or failed) production's run in the background. */
  public ProductionView run(long productionId) {
    Production p = find(productionId);
    access.checkProducer(p.getMatter(), "production", productionId);
    p.start();
    queue.afterCommit(productionId);
    return view(p, false);
  }

  public ProductionView production(long productionId) {
    Production p = find(productionId);
    access.checkVisible(p.getMatter(), "production", productionId);
    return view(p, p.getStatus() == ProductionStatus.DRAFT);
  }

  /** The matter's productions, newest first. */
  public List<ProductionView> productions(long matterId) {
    access.visibleMatter(matterId);
    return productions.findByMatter(matterId).stream().map(p -> view(p, false)).toList();
  }

  /** Where the made production's volume is and what to call it. */
  public record Volume(Path file, String fileName, long size) {}

  public Volume volume(long productionId) {
    Production p = done(productionId);
    Path file = volumes.volumeOf(productionId);
    if (!Files.isRegularFile(file)) {
      throw new NotFoundException(
          "The volume of the production '" + p.getName() + "' is missing from the data directory");
    }
    return new Volume(file, safe(p.getName()) + ".zip", p.getVolumeSize());
  }

  /** The made production's privilege log, "csv" or "docx". */
  public ReportFile privilegeLog(long productionId, String format) {
    String f = format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("docx")) {
      throw new UnknownReportFormatException(
          "A privilege log is written as csv or docx, not '" + format + "'");
    }
    Production p = done(productionId);
    List<PrivilegeLogEntry> log = ProductionPlan.privilegeLog(p);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (f.equals("csv")) {
        PrivilegeLogWriter.csv(log, out);
      } else {
        PrivilegeLogWriter.docx(p.getName(), p.getMatter().getCaption(), log, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportFile(
        safe(p.getName()) + " privilege log." + f,
        f.equals("csv")
            ? "text/csv; charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        out.toByteArray());
  }

  private Production done(long productionId) {
    Production p = find(productionId);
    access.checkVisible(p.getMatter(), "production", productionId);
    if (p.getStatus() != ProductionStatus.DONE) {
      throw new ProductionStateException(
          "The production '"
              + p.getName()
              + "' is "
              + p.getStatus().name().toLowerCase(Locale.ROOT)
              + ": its volume is there once it is done");
    }
    return p;
  }

  private Production find(long productionId) {
    return productions
        .find(productionId)
        .orElseThrow(() -> new NotFoundException("production", productionId));
  }

  private static String safe(String name) {
    return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
  }

  private Production draft(Matter matter, NewProduction c) {
    if (c.prefix() == null) {
      throw new DomainRuleViolation("A production needs a Bates prefix (\"ROE\", \"ACME_\")");
    }
    BatesNumber first =
        BatesNumber.of(
            c.prefix().strip(),
            c.startNumber() == null ? 1 : c.startNumber(),
            c.padding() == null ? DEFAULT_PADDING : c.padding());
    Production p =
        new Production(
            matter, c.name(), first, VolumeImages.parse(c.images()), access.callerName());
    Map<Long, NewProduction.Withheld> withheld = new LinkedHashMap<>();
    for (NewProduction.Withheld w : c.withheld()) {
      if (w == null || w.documentId() == null) {
        throw new DomainRuleViolation("A withheld document needs its documentId");
      }
      withheld.put(w.documentId(), w);
    }
    Set<Long> ids = new LinkedHashSet<>(c.documentIds());
    ids.addAll(withheld.keySet());
    if (ids.isEmpty()) {
      throw new DomainRuleViolation("Choose the documents to produce");
    }
    for (Long id : c.endorsements().keySet()) {
      if (!ids.contains(id)) {
        throw new DomainRuleViolation(
            "Document " + id + " has an endorsement but is not in the production");
      }
    }
    List<Document> chosen = new ArrayList<>();
    for (Long id : ids) {
      Document d =
          documents
              .find(id)
              .filter(doc -> doc.getMatter().equals(matter))
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "There is no document " + id + " in the matter " + matter.getCaption()));
      chosen.add(d);
    }
    for (Document d : Production.inFamilyOrder(chosen)) {
      Confidentiality endorsement =
          Confidentiality.parse(c.endorsements().get(d.getId())).orElse(null);
      p.include(d, endorsement, plan.producedAs(d));
      NewProduction.Withheld w = withheld.get(d.getId());
      if (w != null) {
        p.withhold(d, w.privilege(), w.description());
      }
    }
    return p;
  }

  private ProductionView view(Production p, boolean withPreview) {
    List<BatesRange> preview = withPreview ? plan.preview(p) : null;
    List<ProducedDocumentView> docs = new ArrayList<>();
    for (int i = 0; i < p.getDocuments().size(); i++) {
      ProducedDocument pd = p.getDocuments().get(i);
      BatesRange range = preview != null ? preview.get(i) : pd.getBates().orElse(null);
      docs.add(
          new ProducedDocumentView(
              pd.getDocument().getId(),
              pd.getDocument().getTitle(),
              range == null ? null : range.begin().format(),
              range == null ? null : range.end().format(),
              pd.isWithheld(),
              pd.getProducedAs().name(),
              pd.getEndorsement().map(Confidentiality::label).orElse(null),
              range == null ? 0 : range.pageCount()));
    }
    return new ProductionView(
        p.getId() == null ? 0 : p.getId(),
        p.getMatter().getId(),
        p.getName(),
        p.getStatus().name(),
        p.firstNumber().format(),
        p.begBates().map(BatesNumber::format).orElse(null),
        p.endBates().map(BatesNumber::format).orElse(null),
        p.getImages().name().toLowerCase(Locale.ROOT),
        p.getPagesDone(),
        p.getPagesTotal(),
        p.getFailure(),
        p.getCreatedBy(),
        p.getCreatedAt(),
        p.getFinishedAt(),
        p.getVolumeSize(),
        docs);
  }
}
