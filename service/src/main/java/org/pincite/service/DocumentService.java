package org.pincite.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.ExhibitSequence;
import org.pincite.domain.document.Page;
import org.pincite.domain.fact.Fact;
import org.pincite.domain.fact.FactRepository;
import org.pincite.domain.shared.DomainRuleViolation;
import org.pincite.domain.transcript.TranscriptRepository;
import org.pincite.domain.user.Role;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.PageLabels;
import org.pincite.service.cite.PageLayout;
import org.pincite.service.command.DocumentDescription;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.error.StaleEditException;
import org.pincite.service.ingest.IngestException;
import org.pincite.service.ingest.IngestService;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.page.PageImages;
import org.pincite.service.page.PageLayouts;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.DocumentDetail;
import org.pincite.service.view.DocumentRow;
import org.pincite.service.view.EmailView;
import org.pincite.service.view.MatterSummary;
import org.pincite.service.view.OriginalFile;
import org.pincite.service.view.PageView;
import org.pincite.service.view.RemovedDocuments;
import org.pincite.service.view.UploadResult;

/** Reading a document: its fields, its pages' text and its original, for members of its matter. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class DocumentService {
  @Inject DocumentRepository documents;
  @Inject MatterAccess access;
  @Inject OriginalStore store;
  @Inject PageImages pageImages;
  @Inject PageLayouts layouts;
  @EJB IngestService ingest;
  @Inject AnnotationRepository annotations;
  @Inject FactRepository facts;
  @Inject TranscriptRepository transcripts;

  private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

  /** Adds a file to a matter for a caller who may upload there. */
  public UploadResult upload(
      long matterId, String fileName, DocumentKind kind, DocumentType type, byte[] content) {
    access.matterToAddTo(matterId);
    return ingest.ingest(matterId, fileName, kind, type, content);
  }

  /**
   * Gives several documents of one matter a new kind and type (a null one stays as it is); each
   * change is in the audit trail. Answers how many were changed.
   */
  public int reclassify(
      long matterId, List<Long> documentIds, DocumentKind kind, DocumentType type) {
    if (kind == null && type == null) {
      throw new DomainRuleViolation("Choose the kind or the type to give the documents");
    }
    List<Document> chosen = editableOf(matterId, documentIds);
    chosen.forEach(
        d -> d.reclassify(kind == null ? d.getKind() : kind, type == null ? d.getType() : type));
    return chosen.size();
  }

  /**
   * Labels several documents of one matter as exhibits in sequence, in the order given, from {@code
   * firstLabel} ("Ex. 12", then "Ex. 13", ...); each change is in the audit trail.
   */
  public List<String> labelExhibits(long matterId, List<Long> documentIds, String firstLabel) {
    ExhibitSequence sequence = ExhibitSequence.from(firstLabel);
    List<Document> chosen = editableOf(matterId, documentIds);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Document d = chosen.get(i);
      String label = sequence.label(i);
      d.describe(d.getTitle(), d.getDocumentDate(), d.getAuthor(), label);
      labels.add(label);
    }
    return labels;
  }

  /**
   * Removes documents from their matter, each with its attachments, the passages marked in them and
   * a transcript's designations. Refused, removing nothing, when a ticked document is an attachment
   * whose email is not ticked too (a family stays together) or when a fact cites one of its
   * passages. The audit trail keeps every removed document and passage with who removed it and
   * when; the originals stay in the store, where another matter may hold the same bytes.
   */
  public RemovedDocuments removeFromMatter(long matterId, List<Long> documentIds) {
    List<Document> chosen = editableOf(matterId, documentIds);
    Set<Long> ticked = new HashSet<>(documentIds);
    for (Document d : chosen) {
      for (Document up = d.getParent().orElse(null); up != null; up = up.getParent().orElse(null)) {
        if (!ticked.contains(up.getId())) {
          throw new DomainRuleViolation(
              "'"
                  + d.getTitle()
                  + "' is an attachment of '"
                  + up.getTitle()
                  + "': a family stays together, so tick the email to remove it with its"
                  + " attachments");
        }
      }
    }
    // Each family once, attachments before their email (so that nothing is left pointing at it).
    List<Document> roots = chosen.stream().filter(d -> d.getParent().isEmpty()).toList();
    List<Document> doomed = new ArrayList<>();
    roots.forEach(r -> deepestFirst(r, doomed));
    List<Annotation> passages = new ArrayList<>();
    for (Document d : doomed) {
      for (Annotation a : annotations.findByDocument(d.getId())) {
        List<Fact> citing = facts.findByPassage(a.getId());
        if (!citing.isEmpty()) {
          throw new DomainRuleViolation(
              "Fact "
                  + citing.get(0).getNumber()
                  + " cites a passage of '"
                  + d.getTitle()
                  + "': remove the passage from the fact first; nothing was removed");
        }
        passages.add(a);
      }
    }
    passages.forEach(annotations::remove);
    for (Document d : doomed) {
      transcripts.designations(d.getId()).forEach(transcripts::remove);
      documents.remove(d);
    }
    LOG.info(
        () ->
            access.caller().getUsername()
                + " removed documents "
                + doomed.stream().map(d -> String.valueOf(d.getId())).toList()
                + " and "
                + passages.size()
                + " passages from matter "
                + matterId);
    return new RemovedDocuments(
        roots.stream().map(Document::getTitle).toList(), doomed.size(), passages.size());
  }

  /** Removes one document from its matter, as {@link #removeFromMatter} does. */
  public RemovedDocuments remove(long documentId) {
    Document d = access.editableDocument(documentId);
    return removeFromMatter(d.getMatter().getId(), List.of(documentId));
  }

  private static void deepestFirst(Document d, List<Document> out) {
    d.getChildren().forEach(c -> deepestFirst(c, out));
    out.add(d);
  }

  private List<Document> editableOf(long matterId, List<Long> documentIds) {
    if (documentIds == null || documentIds.isEmpty()) {
      throw new DomainRuleViolation("Choose the documents first (tick their rows)");
    }
    List<Document> chosen = new ArrayList<>();
    for (long id : documentIds) {
      Document d = access.editableDocument(id);
      if (!d.getMatter().getId().equals(matterId)) {
        throw new NotFoundException("document", id);
      }
      chosen.add(d);
    }
    return chosen;
  }

  /** Reads the document's text again (optionally with the password an encrypted PDF needs). */
  public DocumentRow retry(long documentId, String password) {
    return ingest.retry(access.documentToReadAgain(documentId), password);
  }

  public DocumentDetail document(long documentId) {
    Document d = access.visibleDocument(documentId);
    return new DocumentDetail(
        DocumentRow.of(d),
        d.getEmail().map(EmailView::of).orElse(null),
        d.getChildren().stream().map(DocumentRow::of).toList(),
        MatterSummary.of(d.getMatter()));
  }

  /**
   * Says what the document is: title, short cite name, date, kind and type, author, exhibit label,
   * reporter cite. {@code loadedVersion} is the version the caller saw; when someone changed the
   * document since, the edit is refused rather than overwriting theirs. The change is audited.
   */
  public DocumentRow describe(long documentId, long loadedVersion, DocumentDescription what) {
    Document d = access.editableDocument(documentId);
    if (d.getVersion() != loadedVersion) {
      throw new StaleEditException(
          "This document was changed after you opened it (it is at version "
              + d.getVersion()
              + ", you opened version "
              + loadedVersion
              + "). Your edit was not saved; reload to see the change, then apply yours again.");
    }
    d.describe(what.title(), what.documentDate(), what.author(), what.exhibitLabel());
    d.reclassify(what.kind(), what.type());
    d.nameForCites(what.shortCite(), what.reporterCite());
    documents.save(d);
    return DocumentRow.of(d);
  }

  public PageView page(long documentId, int number) {
    Document d = access.visibleDocument(documentId);
    Page page =
        documents
            .findPage(documentId, number)
            .orElseThrow(
                () -> new NotFoundException("page " + number + " in document", documentId));
    PageLabels labels = PageLabels.of(d.getPageLabels());
    String printed = labels.label(number);
    PageLayout layout = layouts.of(d.getId(), d.getVersion(), () -> DocumentCites.of(d).layout());
    return new PageView(
        documentId,
        page.getNumber(),
        page.getText(),
        printed.equals(Integer.toString(number)) ? null : printed,
        layout.hidden(number).stream()
            .map(r -> new PageView.Furniture(r.start(), r.end()))
            .toList(),
        PageView.linesOf(page));
  }

  public OriginalFile original(long documentId) {
    Document d = access.visibleDocument(documentId);
    return new OriginalFile(
        d.getId(),
        d.getOriginal().getFileName(),
        d.getOriginal().getMediaType(),
        d.getOriginal().getSize(),
        d.getOriginal().getSha256());
  }

  /**
   * Page {@code number} of a PDF as a PNG image for the viewer, rendered on first request and
   * cached under the data directory.
   */
  public byte[] pageImage(long documentId, int number, int dpi) throws IOException {
    Document d = access.visibleDocument(documentId);
    if (!MediaTypeDetector.PDF.equals(d.getOriginal().getMediaType())) {
      throw new NotFoundException(
          "Document " + documentId + " is not a PDF: it has no page images");
    }
    if (number < 1 || number > d.getPageCount()) {
      throw new NotFoundException("page " + number + " in document", documentId);
    }
    try {
      String sha256 = d.getOriginal().getSha256();
      return pageImages.png(sha256, () -> store.read(sha256), null, number, dpi);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IngestException("Page " + number + " could not be drawn: " + e.getMessage(), e);
    }
  }

  /** The original's bytes, checked against its SHA-256 as they are read. */
  public InputStream openOriginal(long documentId) throws IOException {
    return store.open(access.visibleDocument(documentId).getOriginal().getSha256());
  }
}
