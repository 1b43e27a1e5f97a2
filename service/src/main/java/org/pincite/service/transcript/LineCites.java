package org.pincite.service.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptRepository;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.Source;

/**
 * How a transcript or declaration is named in its page:line cites, read from its transcript's
 * particulars ({@link TranscriptCite} does the writing); {@link DocumentCites} makes the cites
 * themselves, for reports, statements, the API and the chronology alike.
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

  /** A passage's cite by page and line, with the lines it touches. */
  public record LineCite(String cite, TranscriptCite.LineRange range) {}

  /**
   * How {@code document} is named in a page:line cite when it has no short cite name: a transcript
   * by its particulars ("Roe Dep.", "Hr'g Tr."), a declaration by its declarant ("Jackson Decl.");
   * null for its usual name.
   */
  public String linesName(Document document) {
    if (document.getType() == DocumentType.TRANSCRIPT && transcripts != null) {
      Optional<String> name =
          transcripts
              .find(document.getId())
              .map(LineCites::particulars)
              .map(LineCites::transcriptName);
      if (name.isPresent()) {
        return name.get();
      }
    }
    return TranscriptCite.declarationName(document.getTitle()).orElse(null);
  }

  private static String transcriptName(TranscriptCite.Particulars t) {
    return TranscriptCite.transcriptName(
        t.kind(), t.witness(), t.trialDay(), t.volume(), t.pagesRestart());
  }

  /**
   * The pin cite of the passage at {@code pages} by the lines it touches ("Roe Dep. 3:25–4:2",
   * "Jackson Decl. 2:17–21", "Compl. ¶ 7, 2:3–9"); empty when its pages have no numbered lines or
   * it lies outside them. A transcript, or a declaration without a short cite name of its own, is
   * named as testimony is cited. The cite is {@link DocumentCites}'s, as reports print it.
   */
  public static Optional<LineCite> cite(
      Source source,
      TranscriptCite.Particulars transcript,
      Pages pages,
      IntFunction<List<NumberedLine>> pageLines,
      IntFunction<String> pageText) {
    List<NumberedLine> first = pageLines.apply(pages.startPage());
    List<NumberedLine> last =
        pages.endPage() == pages.startPage() ? first : pageLines.apply(pages.endPage());
    if (first == null || last == null || first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    Optional<Lines> touched = Lines.touched(pages, first, last);
    if (touched.isEmpty()) {
      return Optional.empty();
    }
    Lines r = touched.get();
    String name =
        transcript != null
            ? transcriptName(transcript)
            : TranscriptCite.declarationName(source.title()).orElse(null);
    String cite = DocumentCites.cite(source, name, pages, pageLines, pageText);
    return Optional.of(
        new LineCite(
            cite,
            new TranscriptCite.LineRange(r.fromPage(), r.fromLine(), r.toPage(), r.toLine())));
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
    return Lines.withoutMargins(text, lines);
  }

  /** The lines of page {@code number} of a document, empty when it has none. */
  public List<NumberedLine> linesOf(long documentId, int number) {
    return documents.findPage(documentId, number).map(Page::getLines).orElse(List.of());
  }
}
