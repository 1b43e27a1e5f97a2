package org.pincite.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.service.ingest.ContentSniffer;
import org.pincite.service.ingest.EmailExtractor;
import org.pincite.service.ingest.ExtractionOutcome;
import org.pincite.service.ingest.PdfTextExtractor;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.StoredBytes;
import org.pincite.service.view.DocumentRow;

/**
 * Adding originals to a matter: keep the bytes in the originals store, record the document, read
 * its text. Bad files end as documents with a status and a reason, never as lost uploads.
 */
@Stateless
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class.getName());

  @Inject MatterRepository matters;
  @Inject DocumentRepository documents;
  @Inject OriginalStore store;
  @Inject PdfTextExtractor pdfExtractor;
  @Inject EmailExtractor emailExtractor;

  public DocumentRow ingest(long matterId, String fileName, DocumentKind kind, DocumentType type, byte[] content) {
    Matter matter = matters.find(matterId).orElseThrow(() -> new NotFoundException("matter", matterId));
    if (content == null || content.length == 0) {
      throw new IngestException("'" + fileName + "' is empty (0 bytes); nothing was added");
    }
    StoredBytes stored;
    try {
      stored = store.store(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new IngestException("'" + fileName + "' could not be saved: " + e.getMessage(), e);
    }
    String mediaType = ContentSniffer.detect(content);
    Document document =
        documents.add(new Document(matter, kind, type, fileName, new StoredFile(fileName, mediaType, stored.size(), stored.sha256())));
    extract(mediaType, content).applyTo(document);
    LOG.fine(() -> "Added " + fileName + " to " + matter.getDocketNumber() + ": " + document.getStatus());
    return DocumentRow.of(document);
  }

  private ExtractionOutcome extract(String mediaType, byte[] content) {
    return switch (mediaType) {
      case ContentSniffer.PDF -> pdfExtractor.extract(content);
      case ContentSniffer.EMAIL -> emailExtractor.extract(content);
      case ContentSniffer.TEXT -> ExtractionOutcome.Extracted.text(List.of(new String(content, StandardCharsets.UTF_8)));
      default -> new ExtractionOutcome.Failed("Pincite cannot read text from this kind of file (" + mediaType + ") yet");
    };
  }
}
