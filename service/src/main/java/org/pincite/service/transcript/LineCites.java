package org.pincite.service.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.DocumentType;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.domain.transcript.Transcript;
import org.pincite.domain.transcript.TranscriptRepository;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.PinCite;
import org.pincite.service.cite.Source;

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

  /** A passage's cite by page and line, with the lines it touches. */
  public record LineCite(String cite, TranscriptCite.LineRange range) {}

  /**
   * The cite of {@code passage} in {@code document} by page and line, when it lies on numbered
   * lines: {@code source} is the document as its page cite names it, {@code pageText} the text a
   * paragraph is looked for in.
   */
  public Optional<LineCite> of(
      Document document, Passage passage, Source source, IntFunction<String> pageText) {
    TranscriptCite.Particulars transcript = null;
    if (document.getType() == DocumentType.TRANSCRIPT && transcripts != null) {
      transcript = transcripts.find(document.getId()).map(LineCites::particulars).orElse(null);
    }
    return cite(
        source,
        transcript,
        new Pages(
            passage.getStartPage(),
            passage.getStartOffset(),
            passage.getEndPage(),
            passage.getEndOffset()),
        n -> linesOf(document.getId(), n),
        pageText);
  }

  /**
   * The pin cite of the passage at {@code pages} by the lines it touches ("Roe Dep. 3:25–4:2",
   * "Jackson Decl. 2:17–21", "Compl. ¶ 7, 2:3–9"); empty when its pages have no numbered lines or
   * it lies outside them. A transcript, or a declaration without a short cite name of its own, is
   * named as testimony is cited.
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
    Optional<TranscriptCite.LineRange> touched =
        TranscriptCite.lines(first, pages.startOffset(), last, pages.endOffset());
    if (touched.isEmpty()) {
      return Optional.empty();
    }
    TranscriptCite.LineRange r = touched.get();
    Source named = source;
    if (source.shortCite() == null) {
      String name =
          transcript != null
              ? TranscriptCite.transcriptName(
                  transcript.kind(),
                  transcript.witness(),
                  transcript.trialDay(),
                  transcript.volume(),
                  transcript.pagesRestart())
              : TranscriptCite.declarationName(source.title()).orElse(null);
      if (name != null) {
        named =
            new Source(
                source.kind(),
                source.type(),
                source.title(),
                name,
                source.exhibitLabel(),
                source.reporterCite(),
                source.email(),
                source.pageLabels());
      }
    }
    String cite =
        PinCite.of(
            named, new Lines(pages, r.fromPage(), r.fromLine(), r.toPage(), r.toLine()), pageText);
    return Optional.of(new LineCite(cite, r));
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
