package org.pincite.service.ingest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.StoredFile;
import org.pincite.domain.matter.Matter;
import org.pincite.domain.matter.MatterRepository;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.ingest.ExtractionResult.ContainedFile;
import org.pincite.service.settings.PinciteSettings;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.store.StoredBytes;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.UploadResult;

/**
 * Adding originals to a matter: keep the bytes in the originals store, record the document and
 * queue the reading of its text, which happens in the background. Bad files end as documents with a
 * status and a reason, never as lost uploads. Callers check access first (DocumentService), or run
 * without a caller (the demo loader, the background extraction adding attachments).
 */
@Stateless
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class.getName());
  static final int MAX_FAMILY_DEPTH = 5;

  @Inject MatterRepository matters;
  @Inject DocumentRepository documents;
  @Inject OriginalStore store;
  @Inject ExtractionQueue queue;
  @Inject PinciteSettings settings;

  /**
   * A file uploaded to the matter. The same bytes uploaded again are not stored twice: the answer
   * names the document that already holds them.
   */
  public UploadResult ingest(
      long matterId, String fileName, DocumentKind kind, DocumentType type, byte[] content) {
    Matter matter =
        matters.find(matterId).orElseThrow(() -> new NotFoundException("matter", matterId));
    String name = FileNames.safe(fileName);
    checkSize(name, content);
    StoredBytes stored = keepOriginal(name, content);
    Optional<Document> existing = documents.findByMatterAndSha256(matterId, stored.sha256());
    if (existing.isPresent()) {
      Document same = existing.get();
      return new UploadResult(
          DocumentRow.of(same),
          true,
          "'"
              + name
              + "' is a duplicate of '"
              + same.getTitle()
              + "' (document "
              + same.getId()
              + "), already in this matter");
    }
    String mediaType = MediaTypeDetector.detect(content, name);
    DocumentTypeGuess guess = DocumentTypeGuess.of(name, mediaType);
    Document document =
        record(
            matter,
            name,
            kind == null ? guess.kind() : kind,
            type == null ? guess.type() : type,
            stored,
            mediaType,
            true);
    LOG.fine(() -> "Added " + name + " to " + matter.getDocketNumber());
    return new UploadResult(
        DocumentRow.of(document), false, "'" + name + "' was added; its text is being read");
  }

  /**
   * A file found inside another (an email's attachment or forwarded message): always its own
   * document in the family, even when the same bytes are elsewhere in the matter.
   */
  public void addContained(Document parent, ContainedFile file) {
    String name = FileNames.safe(file.fileName());
    if (depthOf(parent) >= MAX_FAMILY_DEPTH) {
      // An archive in an archive in an archive...: deep enough to be a trap (a ZIP quine never
      // ends).
      LOG.warning(
          () ->
              "Not unpacking '" + name + "': files nested more than " + MAX_FAMILY_DEPTH + " deep");
      return;
    }
    if (file.content().length == 0) {
      LOG.fine(() -> "Skipped the empty attachment " + name);
      return;
    }
    StoredBytes stored = keepOriginal(name, file.content());
    String mediaType = MediaTypeDetector.detect(file.content(), name);
    ExtractionResult.Unpacked unpacked = file.unpacked();
    Document child =
        record(
            parent.getMatter(),
            name,
            parent.getKind(),
            DocumentTypeGuess.of(name, mediaType).type(),
            stored,
            mediaType,
            unpacked == null);
    parent.attach(child);
    if (unpacked != null) {
      // Unpacked with its upload's budget already: never again with one of its own.
      if (unpacked.stopped() == null) {
        child.recordText(List.of(unpacked.summary()));
      } else {
        child.markFailed(unpacked.stopped());
      }
      unpacked.files().forEach(inner -> addContained(child, inner));
    }
  }

  /**
   * A document of a received production (or an attachment of one, under {@code parent}), stored as
   * any upload is. {@code readText}: queue the reading of its text once the transaction commits
   * (false when the volume gave the text). Within a family the same bytes are always a document of
   * their own, as attachments are; a document on its own whose bytes the matter already holds, not
   * Bates-numbered yet and with no other page count, is that document (its original is not kept
   * twice), which the caller then numbers.
   */
  public Received receive(
      Matter matter,
      Document parent,
      String fileName,
      DocumentType type,
      byte[] content,
      boolean readText,
      int pages) {
    String name = FileNames.safe(fileName);
    checkSize(name, content);
    StoredBytes stored = keepOriginal(name, content);
    if (parent == null) {
      Optional<Document> same =
          documents
              .findByMatterAndSha256(matter.getId(), stored.sha256())
              .filter(d -> d.getBates().isEmpty() && d.getParent().isEmpty())
              .filter(d -> d.getPageCount() == 0 || d.getPageCount() == pages);
      if (same.isPresent()) {
        return new Received(same.get(), true);
      }
    }
    String mediaType = MediaTypeDetector.detect(content, name);
    DocumentTypeGuess guess = DocumentTypeGuess.of(name, mediaType);
    Document document =
        record(
            matter,
            name,
            parent == null ? DocumentKind.EVIDENCE : parent.getKind(),
            type == null ? guess.type() : type,
            stored,
            mediaType,
            readText);
    if (parent != null) {
      parent.attach(document);
    }
    return new Received(document, false);
  }

  /** A received document, and whether it was one the matter already held. */
  public record Received(Document document, boolean existing) {}

  private static int depthOf(Document document) {
    int depth = 0;
    for (Document d = document; d.getParent().isPresent(); d = d.getParent().get()) {
      depth++;
    }
    return depth;
  }

  private void checkSize(String name, byte[] content) {
    if (content == null || content.length == 0) {
      throw new IngestException("'" + name + "' is empty (0 bytes); nothing was added");
    }
    if (content.length > settings.maxUploadBytes()) {
      throw IngestException.tooLarge(name, settings.maxUploadBytes());
    }
  }

  private StoredBytes keepOriginal(String name, byte[] content) {
    try {
      return store.store(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new IngestException("'" + name + "' could not be saved: " + e.getMessage(), e);
    }
  }

  private Document record(
      Matter matter,
      String name,
      DocumentKind kind,
      DocumentType type,
      StoredBytes stored,
      String mediaType,
      boolean toRead) {
    Document document =
        documents.add(
            new Document(
                matter,
                kind,
                type,
                name,
                new StoredFile(name, mediaType, stored.size(), stored.sha256())));
    if (toRead) {
      queue.afterCommit(matter.getId(), document.getId());
    }
    return document;
  }

  /**
   * Reads a document's text again, e.g. after a failure, or with the password an encrypted PDF
   * needs (kept in memory for this one run, never stored).
   */
  public DocumentRow retry(Document document, String password) {
    if (document.getStatus() == org.pincite.domain.document.ExtractionStatus.PENDING) {
      return DocumentRow.of(document);
    }
    document.markPending();
    if (password != null && !password.isEmpty()) {
      queue.rememberPassword(document.getId(), password);
    }
    queue.afterCommit(document.getMatter().getId(), document.getId());
    return DocumentRow.of(document);
  }

  /** For pages and tests: the document as it stands now. */
  public Optional<DocumentRow> current(long documentId) {
    return documents.find(documentId).map(DocumentRow::of);
  }
}
