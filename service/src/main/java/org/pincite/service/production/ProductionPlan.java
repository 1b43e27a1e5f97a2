package org.pincite.service.production;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.document.Document;
import org.pincite.domain.production.ProducedAs;
import org.pincite.domain.production.ProducedDocument;
import org.pincite.domain.production.Production;
import org.pincite.service.report.PrivilegeLogEntry;
import org.pincite.service.store.OriginalStore;

/**
 * What a production will be before it runs: how each document is produced (a native for what does
 * not image well) and the numbering it would get, each document imaged to count its pages as the
 * run will. Called by the productions' service inside its transaction.
 */
@ApplicationScoped
public class ProductionPlan {
  @Inject OriginalStore store;

  protected ProductionPlan() {}

  public ProductionPlan(OriginalStore store) {
    this.store = store;
  }

  /** IMAGES, or NATIVE for spreadsheets and media (withholding is the user's choice). */
  public ProducedAs producedAs(Document d) {
    return DocumentImaging.producedNatively(d.getOriginal().getMediaType())
        ? ProducedAs.NATIVE
        : ProducedAs.IMAGES;
  }

  /** The ranges the production's documents would get, in order. */
  public List<BatesRange> preview(Production p) {
    ProductionJob job = ProductionRecorder.jobOf(p);
    List<Integer> pages = new ArrayList<>();
    try {
      for (ProductionJob.Item item : job.documents()) {
        pages.add(VolumeWriter.producedPages(item, originals()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ProducedDocument> docs = p.getDocuments();
    return p.preview(d -> pages.get(docs.indexOf(d)));
  }

  /** The privilege log of a production that ran: one row per withheld document. */
  public static List<PrivilegeLogEntry> privilegeLog(Production p) {
    List<BatesRange> ranges =
        p.getDocuments().stream().map(d -> d.getBates().orElseThrow()).toList();
    return VolumeWriter.privilegeLog(ProductionRecorder.jobOf(p), ranges);
  }

  private VolumeWriter.Originals originals() {
    return sha -> store.contains(sha) ? store.verifiedFile(sha) : null;
  }
}
