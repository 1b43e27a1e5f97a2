package org.pincite.service.received;

import java.time.OffsetDateTime;
import java.util.List;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.BatesRange;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.received.LoadFileValue;

/**
 * One record of a checked volume, as it will become a document: its load-file line, Bates range,
 * parent (the first Bates number of its family's parent record, null for none or when not in the
 * volume), what the mapped fields say (title, author and date of a document that is no email; the
 * production's name when the load file gives one), the volume paths of its text, native and page
 * images (null or empty when none was found), and every field as written.
 */
public record PlannedDocument(
    int line,
    BatesRange range,
    BatesNumber parent,
    String custodian,
    Confidentiality confidentiality,
    String from,
    String to,
    String cc,
    String subject,
    OffsetDateTime sent,
    String title,
    String author,
    OffsetDateTime date,
    String production,
    String fileName,
    String docType,
    String textPath,
    String nativePath,
    List<String> imagePaths,
    List<LoadFileValue> fields) {
  public PlannedDocument {
    imagePaths = List.copyOf(imagePaths);
    fields = List.copyOf(fields);
  }

  public BatesNumber begin() {
    return range.begin();
  }

  /** The same document with another parent (null: on its own) or other page images. */
  PlannedDocument with(BatesNumber newParent, List<String> images) {
    return new PlannedDocument(
        line,
        range,
        newParent,
        custodian,
        confidentiality,
        from,
        to,
        cc,
        subject,
        sent,
        title,
        author,
        date,
        production,
        fileName,
        docType,
        textPath,
        nativePath,
        images,
        fields);
  }

  public boolean hasContent() {
    return textPath != null || nativePath != null || !imagePaths.isEmpty();
  }
}
