package org.pincite.service.production;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.pincite.domain.production.ProducedAs;
import org.pincite.domain.production.VolumeImages;

/** What a run needs of a production, read in one short transaction: its documents in order. */
public record ProductionJob(
    long productionId,
    String name,
    String matterCaption,
    VolumeImages images,
    List<Item> documents) {
  public ProductionJob {
    documents = List.copyOf(documents);
  }

  /** One document as the run needs it: how it is produced, its file, its fields, its text. */
  public record Item(
      long documentId,
      Long parentDocumentId,
      ProducedAs producedAs,
      String endorsement,
      String sha256,
      String mediaType,
      String fileName,
      String title,
      String author,
      LocalDate date,
      String type,
      String custodian,
      String from,
      String to,
      String cc,
      OffsetDateTime sent,
      String subject,
      List<String> pageTexts,
      String privilege,
      String privilegeDescription) {
    public Item {
      pageTexts = List.copyOf(pageTexts);
    }

    public boolean isEmail() {
      return from != null || to != null || sent != null || subject != null;
    }
  }
}
