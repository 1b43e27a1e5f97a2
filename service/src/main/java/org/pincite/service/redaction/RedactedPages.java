package org.pincite.service.redaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionRepository;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.ingest.TesseractOcr;
import org.pincite.service.page.PdfTextLayout;
import org.pincite.service.render.RenderBudget;
import org.pincite.service.store.OriginalStore;

/**
 * The seam through which a production takes a document with its redactions burned in: {@link
 * #of(long)} reads the document's page texts and redactions in one short transaction (its own, or
 * the caller's) and answers a {@link RedactedDocument} that then draws pages, gives texts and
 * writes the redacted PDF without any transaction.
 *
 * <p>No access check is made here: the caller (a production's service, which has checked that its
 * caller may produce the matter) decides. Every use of it by a person goes through {@code
 * RedactionService}, which checks first.
 */
@Stateless
public class RedactedPages {
  @Inject DocumentRepository documents;
  @Inject RedactionRepository redactions;
  @Inject OriginalStore store;
  @Inject PdfTextLayout layout;
  @Inject TesseractOcr ocr;

  /**
   * Document {@code documentId} with its redactions as they stand now.
   *
   * @throws NotFoundException when there is no such document
   * @throws RedactionNotPlaceableException when a redacted range no longer covers the words it was
   *     made on (the text was read again since): no copy may be made from it
   */
  public RedactedDocument of(long documentId) {
    Document d =
        documents.find(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
    List<String> texts = d.getPages().stream().map(Page::getText).toList();
    IntFunction<String> pageText = n -> n >= 1 && n <= texts.size() ? texts.get(n - 1) : null;
    List<RedactedArea> areas = new ArrayList<>();
    for (Redaction r : redactions.ofDocument(documentId)) {
      if (!r.stillCovers(pageText, texts.size())) {
        throw new RedactionNotPlaceableException(
            "Redaction "
                + r.getId()
                + " on page "
                + r.getFirstPage()
                + (r.isBox()
                    ? " is on a page the document no longer has"
                    : " no longer covers the words it was made on (\""
                        + abbreviate(r.getQuote())
                        + "\"): the text was read again since. Remove it and redact again")
                + "; no redacted copy is made until then");
      }
      areas.add(RedactedArea.of(r, pageText));
    }
    return new RedactedDocument(
        d.getId(),
        d.getOriginal().getSha256(),
        MediaTypeDetector.PDF.equals(d.getOriginal().getMediaType()),
        texts,
        areas,
        store,
        layout,
        RenderBudget.server(),
        ocr);
  }

  /** Whether document {@code documentId} has any redaction. */
  public boolean isRedacted(long documentId) {
    return redactions.anyIn(documentId);
  }

  /** Whether page {@code page} of document {@code documentId} has any redaction on it. */
  public boolean isRedacted(long documentId, int page) {
    return !redactions.onPage(documentId, page).isEmpty();
  }

  private static String abbreviate(String s) {
    String n = s.strip().replaceAll("\\s+", " ");
    return n.length() <= 60 ? n : n.substring(0, 59) + "…";
  }
}
