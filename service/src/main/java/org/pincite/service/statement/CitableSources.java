package org.pincite.service.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.Page;
import org.pincite.service.report.PassageCites;
import org.pincite.service.transcript.LineCites;

/**
 * Whether a fact's source can be cited in a filed paper as it stands, and if not, why: the one
 * place that decides it for the motion review. A passage cannot be cited when it was not found
 * again in its document's current text; when its document has numbered lines (a transcript,
 * pleading paper) but the passage has no page:line cite (it lies on a cover, a caption, a margin
 * outside the numbered lines), since summary-judgment rules want evidence cited by page and line;
 * or when its document is Bates-numbered but the passage's pages are not (the text was read again
 * and now has more pages than the production numbered), since produced evidence is cited by its
 * Bates numbers.
 */
final class CitableSources {
  /** Why one source cannot be cited as it stands. */
  enum Problem {
    NOT_FOUND("not found in its document's current text"),
    NO_LINE_CITE("no page:line cite, though its document has numbered lines"),
    NO_BATES_CITE("no Bates number on its pages, though its document is Bates-numbered");

    private final String said;

    Problem(String said) {
      this.said = said;
    }

    String said() {
      return said;
    }
  }

  private final DocumentRepository documents;
  private final PassageCites cites;
  private final Map<Long, Boolean> lineNumbered = new HashMap<>();

  CitableSources(DocumentRepository documents, LineCites lineCites) {
    this.documents = documents;
    this.cites = new PassageCites(documents, lineCites);
  }

  /** What keeps {@code a} from being cited as it stands; empty when it can be. */
  Optional<Problem> problem(Annotation a) {
    if (a.isOrphaned()) {
      return Optional.of(Problem.NOT_FOUND);
    }
    if (cites.lines(a).isEmpty() && lineNumbered(a)) {
      return Optional.of(Problem.NO_LINE_CITE);
    }
    Document d = a.getDocument();
    if (d.getBates().isPresent()
        && (d.batesOf(a.getPassage().getStartPage()).isEmpty()
            || d.batesOf(a.getPassage().getEndPage()).isEmpty())) {
      return Optional.of(Problem.NO_BATES_CITE);
    }
    return Optional.empty();
  }

  /** The pin cite of {@code a}, to name it in a reason. */
  String cite(Annotation a) {
    return cites.of(a);
  }

  /**
   * The reason a fact resting on {@code supporting} cannot be cited, when every one of them has a
   * problem; empty when at least one can be cited.
   */
  Optional<String> reason(int factNumber, List<Annotation> supporting) {
    if (supporting.isEmpty()) {
      return Optional.of("Fact " + factNumber + " has no supporting source");
    }
    List<String> why = new ArrayList<>();
    for (Annotation a : supporting) {
      Optional<Problem> p = problem(a);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      why.add(p.get() == Problem.NOT_FOUND ? p.get().said() : cite(a) + ": " + p.get().said());
    }
    boolean allLost = why.stream().allMatch(Problem.NOT_FOUND.said()::equals);
    return Optional.of(
        allLost
            ? "Fact "
                + factNumber
                + " rests only on passages not found in their documents' current text"
            : "Fact "
                + factNumber
                + " rests only on sources that cannot be cited as they stand ("
                + String.join("; ", why)
                + ")");
  }

  /**
   * Whether {@code a}'s document has numbered lines: its own pages are read first (they are read
   * for the cite anyway), the whole document only when they have none.
   */
  private boolean lineNumbered(Annotation a) {
    Document d = a.getDocument();
    return lineNumbered.computeIfAbsent(
        d.getId(),
        id -> {
          for (int n = a.getPassage().getStartPage(); n <= a.getPassage().getEndPage(); n++) {
            if (documents.findPage(id, n).map(Page::isLineNumbered).orElse(false)) {
              return true;
            }
          }
          return d.isLineNumbered();
        });
  }
}
