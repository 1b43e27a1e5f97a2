package org.pincite.service.production;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.EmailHeaders;
import org.pincite.domain.document.Page;
import org.pincite.domain.production.ProducedAs;
import org.pincite.domain.production.ProducedDocument;
import org.pincite.domain.production.Production;
import org.pincite.domain.production.ProductionRepository;
import org.pincite.domain.production.ProductionStatus;
import org.pincite.service.bates.MatterBatesNumbers;

/**
 * The short transactions around a production's run: take the job, number its documents (the
 * matter's numbers checked, each document imaged whole given its range), record progress, and end
 * it done or failed. The work between them holds no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProductionRecorder {
  @Inject ProductionRepository productions;
  @Inject MatterBatesNumbers register;

  /** What the run of a running production needs; empty when it is not running (or gone). */
  public Optional<ProductionJob> job(long productionId) {
    return productions
        .find(productionId)
        .filter(p -> p.getStatus() == ProductionStatus.RUNNING)
        .map(ProductionRecorder::jobOf);
  }

  static ProductionJob jobOf(Production p) {
    List<ProductionJob.Item> items = new ArrayList<>();
    for (ProducedDocument pd : p.getDocuments()) {
      Document d = pd.getDocument();
      EmailHeaders mail = d.getEmail().orElse(null);
      items.add(
          new ProductionJob.Item(
              d.getId(),
              d.getParent().map(Document::getId).orElse(null),
              pd.getProducedAs(),
              pd.getEndorsement().map(Confidentiality::label).orElse(null),
              d.getOriginal().getSha256(),
              d.getOriginal().getMediaType(),
              d.getOriginal().getFileName(),
              d.getTitle(),
              d.getAuthor(),
              d.getDocumentDate(),
              d.getType().name(),
              d.getCustodian(),
              mail == null ? null : mail.getFrom(),
              mail == null ? null : mail.getTo(),
              mail == null ? null : mail.getCc(),
              mail == null ? null : mail.getSentAt(),
              mail == null ? null : mail.getSubject(),
              d.getPages().stream().map(Page::getText).toList(),
              pd.getPrivilege(),
              pd.getPrivilegeDescription()));
    }
    return new ProductionJob(
        p.getId() == null ? 0 : p.getId(),
        p.getName(),
        p.getMatter().getCaption(),
        p.getImages(),
        items);
  }

  /**
   * Numbers the running production's documents, the n-th with {@code pages.get(n)} pages as
   * produced, refusing numbers the matter already holds elsewhere; a document produced as images
   * whole and not yet Bates-numbered takes its range as its own, one not yet designated its
   * endorsement.
   */
  public List<BatesRange> number(long productionId, List<Integer> pages) {
    Production p = productions.find(productionId).orElseThrow();
    List<BatesRange> ranges = p.number(d -> pages.get(d.getPosition() - 1));
    long matterId = p.getMatter().getId();
    for (ProducedDocument pd : p.getDocuments()) {
      BatesRange range = pd.getBates().orElseThrow();
      Document d = pd.getDocument();
      register.requireFree(matterId, range, d, p);
      if (pd.getProducedAs() == ProducedAs.IMAGES
          && d.getBates().isEmpty()
          && (d.getPageCount() == 0 || d.getPageCount() == range.pageCount())) {
        d.numberPages(range, p.getName());
      }
      if (d.getConfidentiality().isEmpty()) {
        d.designate(pd.getEndorsement().orElse(null));
      }
    }
    return ranges;
  }

  public void progress(long productionId, int pagesDone) {
    productions
        .find(productionId)
        .filter(p -> p.getStatus() == ProductionStatus.RUNNING)
        .ifPresent(p -> p.progress(pagesDone));
  }

  public void finish(long productionId, String sha256, long size) {
    productions.find(productionId).orElseThrow().finish(sha256, size);
  }

  public void fail(long productionId, String reason) {
    productions.find(productionId).ifPresent(p -> p.fail(reason));
  }
}
