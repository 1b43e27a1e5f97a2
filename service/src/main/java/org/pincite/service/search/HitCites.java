package org.pincite.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.annotation.Passage;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.Pages;
import org.pincite.service.cite.Source;
import org.pincite.service.text.Snippets;
import org.pincite.service.transcript.LineCites;

/**
 * The pin cites of search hits, as reports print them: a page hit is cited where its first match
 * lies ("Quinn Dep. 3:25", "Compl. ¶ 7, 3:3", "Ex. 7, at 2"), a note by its passage's cite; on
 * numbered lines the hit also carries its page:line, so the viewer opens at that line.
 */
@ApplicationScoped
public class HitCites {
  private DocumentRepository documents;
  private AnnotationRepository annotations;
  private LineCites lineCites;

  protected HitCites() {}

  @Inject
  public HitCites(
      DocumentRepository documents, AnnotationRepository annotations, LineCites lineCites) {
    this.documents = documents;
    this.annotations = annotations;
    this.lineCites = lineCites;
  }

  /** {@code results} with each hit's cite (and line); a hit that cannot be placed keeps none. */
  public SearchResults of(SearchResults results) {
    return new SearchResults(
        results.query(),
        results.total(),
        results.page(),
        results.pageSize(),
        of(results.hits()),
        results.facets());
  }

  /** As {@link #of(SearchResults)}, for hits grouped by document. */
  public GroupedResults of(GroupedResults results) {
    Map<Long, Optional<Cited>> byDocument = new HashMap<>();
    return new GroupedResults(
        results.query(),
        results.total(),
        results.documentCount(),
        results.page(),
        results.pageSize(),
        results.documents().stream()
            .map(d -> new DocumentHits(d.documentId(), of(d.best(), byDocument), d.hitCount()))
            .toList(),
        results.facets());
  }

  /** {@code hits} with their cites (and lines). */
  public List<SearchHit> of(List<SearchHit> hits) {
    return of(hits, new HashMap<>());
  }

  private List<SearchHit> of(List<SearchHit> hits, Map<Long, Optional<Cited>> byDocument) {
    return hits.stream()
        .map(
            h ->
                byDocument
                    .computeIfAbsent(h.documentId(), id -> documents.find(id).map(this::cited))
                    .map(c -> c.hit(h))
                    .orElse(h))
        .toList();
  }

  private Cited cited(Document d) {
    return new Cited(d, lineCites.linesName(d));
  }

  /**
   * One document's cites. Only the pages a cite reads are fetched (a hit's page, the pages a
   * paragraph is followed back over), each once: a hit on a 2,000-page transcript reads one page.
   */
  private final class Cited {
    private final Document document;
    private final String linesName;
    private final Source source;
    private final Map<Integer, Optional<Page>> pages = new HashMap<>();

    Cited(Document document, String linesName) {
      this.document = document;
      this.linesName = linesName;
      this.source = DocumentCites.sourceOf(document);
    }

    private Optional<Page> page(int n) {
      return pages.computeIfAbsent(n, k -> documents.findPage(document.getId(), k));
    }

    private String text(int n) {
      return page(n).map(Page::getText).orElse(null);
    }

    private List<NumberedLine> lines(int n) {
      return page(n).map(Page::getLines).orElse(List.of());
    }

    SearchHit hit(SearchHit h) {
      if (h.annotationId() != null) {
        return annotations
            .find(h.annotationId())
            .filter(a -> a.getDocument().getId().equals(document.getId()))
            .map(a -> note(h, a))
            .orElse(h);
      }
      int[] at = Snippets.firstMatchIn(h.snippet(), text(h.page()));
      return at == null ? h : cited(h, new Pages(h.page(), at[0], h.page(), at[1]));
    }

    /** A note's hit is cited as its passage is. */
    private SearchHit note(SearchHit h, Annotation a) {
      if (a.isOrphaned()) {
        // Its offsets point into text read anew: cited with the warning, no lines read.
        return h.cited(
            new DocumentCites(document, n -> null, n -> List.of(), linesName).cite(a), null);
      }
      Passage p = a.getPassage();
      return cited(
          h, new Pages(p.getStartPage(), p.getStartOffset(), p.getEndPage(), p.getEndOffset()));
    }

    private SearchHit cited(SearchHit h, Pages at) {
      String cite = DocumentCites.cite(source, linesName, at, this::lines, this::text);
      List<NumberedLine> first = lines(at.startPage());
      String line =
          first.isEmpty()
              ? null
              : Lines.touched(at, first, lines(at.endPage())).map(Lines::first).orElse(null);
      return h.cited(cite, line);
    }
  }
}
