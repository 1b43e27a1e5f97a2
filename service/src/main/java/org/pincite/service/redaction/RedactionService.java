package org.pincite.service.redaction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.domain.redaction.InvalidRedactionException;
import org.pincite.domain.redaction.Redaction;
import org.pincite.domain.redaction.RedactionReason;
import org.pincite.domain.redaction.RedactionRepository;
import org.pincite.domain.user.Role;
import org.pincite.service.error.NotFoundException;
import org.pincite.service.ingest.MediaTypeDetector;
import org.pincite.service.page.PdfTextLayout;
import org.pincite.service.security.MatterAccess;
import org.pincite.service.store.OriginalStore;
import org.pincite.service.view.RedactionView;

/**
 * A reviewer's redactions: a box drawn on a PDF's page or a range of a document's words, each with
 * its reason; listing and removing them; and the redacted copy to check before it is produced (the
 * PDF, a page's image, a page's text). Members of the matter who may mark passages redact; every
 * member may see the redactions and the copy; another matter's document is not found.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ATTORNEY_NAME, Role.PARALEGAL_NAME, Role.VIEWER_NAME})
public class RedactionService {
  /** The resolution of the redacted copy's page images when none is asked. */
  public static final int COPY_DPI = 200;

  public static final int MIN_DPI = 36;
  public static final int MAX_DPI = 300;

  @Inject DocumentRepository documents;
  @Inject RedactionRepository redactions;
  @Inject MatterAccess access;
  @Inject OriginalStore store;
  @Inject PdfTextLayout layout;
  @EJB RedactedPages redacted;

  /** A page's text as a redacted copy gives it. */
  public record RedactedPageText(long documentId, int number, String text, boolean redacted) {}

  /** Redacts a box on page {@code page} of a PDF ({@code x}, {@code y}, {@code w}, {@code h}). */
  public RedactionView redactBox(
      long documentId, int page, double x, double y, double w, double h, RedactionReason reason) {
    Document d = access.editableDocument(documentId);
    if (!isPdf(d)) {
      throw new InvalidRedactionException(
          "'"
              + d.getTitle()
              + "' is not a PDF, so it has no page images to draw a box on: select its words and"
              + " redact them instead");
    }
    Redaction r = Redaction.box(d, page, x, y, w, h, reason, access.callerName());
    return view(redactions.add(r));
  }

  /**
   * Redacts the words between two positions of the text (offsets count UTF-16 code units, end
   * exclusive); {@code quote}, when given, must be what the text there reads. On a PDF the words'
   * places on the page must be known (not so on a page read by OCR): the box is the way there.
   */
  public RedactionView redactWords(
      long documentId,
      int startPage,
      int startOffset,
      int endPage,
      int endOffset,
      String quote,
      RedactionReason reason) {
    Document d = access.editableDocument(documentId);
    Redaction r =
        Redaction.words(
            d,
            n -> documents.findPage(documentId, n).map(Page::getText).orElse(null),
            startPage,
            startOffset,
            endPage,
            endOffset,
            quote,
            reason,
            access.callerName());
    if (isPdf(d)) {
      for (int n = r.getFirstPage(); n <= r.getLastPage(); n++) {
        String text = documents.findPage(documentId, n).map(Page::getText).orElse("");
        int[] chars = r.charactersOn(n, text.length()).orElseThrow();
        boolean words = !text.substring(chars[0], chars[1]).isBlank();
        if (words && !knowsPositions(d, n, text)) {
          throw new InvalidRedactionException(
              "The place of these words on page "
                  + n
                  + " is not known (its text was read by OCR, or differently from its text"
                  + " layer), so they could not be blacked out on the page image: draw a box"
                  + " over them instead");
        }
      }
    }
    return view(redactions.add(r));
  }

  /** The document's redactions, in page order. */
  public List<RedactionView> list(long documentId) {
    access.visibleDocument(documentId);
    return redactions.ofDocument(documentId).stream().map(this::view).toList();
  }

  public RedactionView redaction(long redactionId) {
    Redaction r = found(redactionId);
    access.visibleDocument(r.getDocument().getId());
    return view(r);
  }

  /** Removes a redaction (the audit trail keeps it). */
  public void remove(long redactionId) {
    Redaction r = found(redactionId);
    access.editableDocument(r.getDocument().getId());
    redactions.remove(r);
  }

  /**
   * The redacted copy of a PDF: its redacted pages as images at {@code dpi}, the rest as they are.
   */
  public byte[] redactedPdf(long documentId, int dpi) throws IOException {
    access.visibleDocument(documentId);
    return redacted.of(documentId).pdf(clamp(dpi));
  }

  /** Page {@code number} of a PDF as the redacted copy shows it, as a PNG. */
  public byte[] redactedPageImage(long documentId, int number, int dpi) throws IOException {
    checkPage(access.visibleDocument(documentId), number);
    return redacted.of(documentId).pagePng(number, clamp(dpi));
  }

  /** Page {@code number}'s text as the redacted copy gives it. */
  public RedactedPageText redactedPageText(long documentId, int number) {
    checkPage(access.visibleDocument(documentId), number);
    RedactedDocument copy = redacted.of(documentId);
    return new RedactedPageText(documentId, number, copy.text(number), copy.isRedacted(number));
  }

  private static void checkPage(Document d, int number) {
    if (number < 1 || number > d.getPageCount()) {
      throw new NotFoundException("page " + number + " in document", d.getId());
    }
  }

  private static float clamp(int dpi) {
    return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
  }

  private Redaction found(long redactionId) {
    return redactions
        .find(redactionId)
        .orElseThrow(() -> new NotFoundException("redaction", redactionId));
  }

  private RedactionView view(Redaction r) {
    Document d = r.getDocument();
    List<RedactionView.Mark> marks = new ArrayList<>();
    r.getBox()
        .ifPresent(
            b ->
                marks.add(
                    new RedactionView.Mark(r.getFirstPage(), b.x(), b.y(), b.width(), b.height())));
    if (!r.isBox() && isPdf(d)) {
      String sha256 = d.getOriginal().getSha256();
      for (int n = r.getFirstPage(); n <= r.getLastPage(); n++) {
        int page = n;
        String text = documents.findPage(d.getId(), n).map(Page::getText).orElse("");
        int[] chars = r.charactersOn(n, text.length()).orElseThrow();
        layout
            .boxes(sha256, () -> store.verifiedFile(sha256), n, text, chars[0], chars[1])
            .forEach(
                b -> marks.add(new RedactionView.Mark(page, b.x(), b.y(), b.width(), b.height())));
      }
    }
    return RedactionView.of(r, marks);
  }

  private boolean knowsPositions(Document d, int page, String text) {
    String sha256 = d.getOriginal().getSha256();
    return layout.knowsPositions(sha256, () -> store.verifiedFile(sha256), page, text);
  }

  private static boolean isPdf(Document d) {
    return MediaTypeDetector.PDF.equals(d.getOriginal().getMediaType());
  }
}
