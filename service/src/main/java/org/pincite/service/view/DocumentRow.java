package org.pincite.service.view;

import java.time.LocalDate;
import java.util.List;
import org.pincite.domain.bates.BatesNumber;
import org.pincite.domain.bates.Confidentiality;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExtractionStatus;

/**
 * A document as the matter's document list shows it; {@code parentId} ties an attachment to its
 * email. {@code version} is what an edit must name (a stale one is refused); {@code pageLabels} are
 * the numbers printed on the pages (null where they are the page indices). {@code begBates} and
 * {@code endBates} are the Bates numbers of its first and last pages from {@code production} (null
 * when not numbered); {@code confidentiality} is the designation's label (null when none).
 */
public record DocumentRow(
    long id,
    String title,
    DocumentKind kind,
    DocumentType type,
    ExtractionStatus status,
    String statusReason,
    int pageCount,
    String sha256,
    String fileName,
    String mediaType,
    long size,
    LocalDate documentDate,
    String author,
    String exhibitLabel,
    Long parentId,
    long version,
    String shortCite,
    String reporterCite,
    List<String> pageLabels,
    String begBates,
    String endBates,
    String production,
    String custodian,
    String confidentiality)
    implements java.io.Serializable {
  public static DocumentRow of(Document d) {
    return new DocumentRow(
        d.getId(),
        d.getTitle(),
        d.getKind(),
        d.getType(),
        d.getStatus(),
        d.getStatusReason(),
        d.getPageCount(),
        d.getOriginal().getSha256(),
        d.getOriginal().getFileName(),
        d.getOriginal().getMediaType(),
        d.getOriginal().getSize(),
        d.getDocumentDate(),
        d.getAuthor(),
        d.getExhibitLabel(),
        d.getParent().map(Document::getId).orElse(null),
        d.getVersion(),
        d.getShortCite(),
        d.getReporterCite(),
        d.getPageLabels().isEmpty() ? null : d.getPageLabels(),
        d.getBegBates().map(BatesNumber::format).orElse(null),
        d.getEndBates().map(BatesNumber::format).orElse(null),
        d.getProduction(),
        d.getCustodian(),
        d.getConfidentiality().map(Confidentiality::label).orElse(null));
  }
}
