package org.pincite.service.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptRepository;

/**
 * The page:line cite of a passage, read from its pages' numbered lines and its transcript's
 * particulars ({@link TranscriptCite} does the writing). Reports and the API ask it with the cite
 * the document would have by page, which stands when the passage lies on no numbered lines.
 */
@ApplicationScoped
public class LineCites {
  private DocumentRepository documents;
  private TranscriptRepository transcripts;

  protected LineCites() {}

  @Inject
  public LineCites(DocumentRepository documents, TranscriptRepository transcripts) {
    this.documents = documents;
    this.transcripts = transcripts;
  }

  /** The cite of {@code passage} in {@code document} by page and line, when it has lines. */
  public Optional<TranscriptCite.LineCite> of(Document document, Passage passage, String pageCite) {
    return TranscriptCite.forPassage(
        source(document),
        passage.getStartPage(),
        passage.getStartOffset(),
        passage.getEndPage(),
        passage.getEndOffset(),
        n -> documents.findPage(document.getId(), n).map(Page::getLines).orElse(List.of()),
        pageCite);
  }

  /** What a cite needs of the document: a pleading's short form, its title, its particulars. */
  public TranscriptCite.LineSource source(Document document) {
    DocumentType type = document.getType();
    boolean pleading =
        type == DocumentType.COMPLAINT
            || type == DocumentType.ANSWER
            || type == DocumentType.MOTION;
    TranscriptCite.Particulars particulars = null;
    if (type == DocumentType.TRANSCRIPT && transcripts != null) {
      particulars = transcripts.find(document.getId()).map(LineCites::particulars).orElse(null);
    }
    return new TranscriptCite.LineSource(
        pleading ? type.citeAbbreviation() : null, document.getTitle(), particulars);
  }

  static TranscriptCite.Particulars particulars(Transcript t) {
    return new TranscriptCite.Particulars(
        t.getKind(), t.getWitness(), t.getTrialDay(), t.getVolume(), t.getFirstPage() == 1);
  }

  /**
   * A page's text with everything outside its numbered lines blanked (margin numbers, timestamps,
   * page numbers), offsets unchanged: a numbered paragraph on pleading paper then starts its line
   * with "7." as it does on plain paper, so the page cite still finds "Compl. ¶ 7".
   */
  public static String withoutMargins(String text, List<NumberedLine> lines) {
    if (text == null || lines.isEmpty()) {
      return text;
    }
    char[] blanked = text.toCharArray();
    boolean[] keep = new boolean[blanked.length];
    for (NumberedLine l : lines) {
      for (int i = l.getStart(); i < Math.min(l.getEnd(), keep.length); i++) {
        keep[i] = true;
      }
    }
    for (int i = 0; i < blanked.length; i++) {
      if (!keep[i] && blanked[i] != '\n') {
        blanked[i] = ' ';
      }
    }
    return new String(blanked);
  }

  /** The lines of page {@code number} of a document, empty when it has none. */
  public List<NumberedLine> linesOf(long documentId, int number) {
    return documents.findPage(documentId, number).map(Page::getLines).orElse(List.of());
  }
}
