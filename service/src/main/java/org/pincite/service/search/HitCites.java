package org.pincite.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pincite.domain.annotation.Annotation;
import org.pincite.domain.annotation.AnnotationRepository;
import org.pincite.domain.document.Document;
import org.pincite.domain.document.DocumentRepository;
import org.pincite.domain.document.NumberedLine;
import org.pincite.domain.document.Page;
import org.pincite.service.cite.DocumentCites;
import org.pincite.service.cite.Lines;
import org.pincite.service.cite.Pages;
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
    Map<Long, Optional<Cited>> byDocument = new HashMap<>();
    List<SearchHit> hits =
        results.hits().stream()
            .map(
                h ->
                    byDocument
                        .computeIfAbsent(h.documentId(), id -> documents.find(id).map(this::cited))
                        .map(c -> c.hit(h))
                        .orElse(h))
            .toList();
    return new SearchResults(
        results.query(),
        results.total(),
        results.page(),
        results.pageSize(),
        hits,
        results.facets());
  }

  private Cited cited(Document d) {
    return new Cited(d, lineCites.linesName(d));
  }

  /** One document's cites, its pages read once. */
  private final class Cited {
    private final Document document;
    private final String linesName;
    private final DocumentCites cites;

    Cited(Document document, String linesName) {
      this.document = document;
      this.linesName = linesName;
      this.cites =
          new DocumentCites(
              document,
              n -> document.page(n).map(Page::getText).orElse(null),
              this::lines,
              linesName);
    }

    private List<NumberedLine> lines(int n) {
      return document.page(n).map(Page::getLines).orElse(List.of());
    }

    SearchHit hit(SearchHit h) {
      if (h.annotationId() != null) {
        return annotations
            .find(h.annotationId())
            .filter(a -> a.getDocument().getId().equals(document.getId()))
            .map(this::note)
            .map(c -> h.cited(c[0], c[1]))
            .orElse(h);
      }
      String text = document.page(h.page()).map(Page::getText).orElse(null);
      int[] at = Snippets.firstMatchIn(h.snippet(), text);
      if (at == null) {
        return h;
      }
      Pages pages = new Pages(h.page(), at[0], h.page(), at[1]);
      String cite =
          DocumentCites.cite(
              cites.source(),
              linesName,
              pages,
              this::lines,
              n -> document.page(n).map(Page::getText).orElse(null));
      List<NumberedLine> lines = lines(h.page());
      String line =
          lines.isEmpty()
              ? null
              : Lines.touched(pages, lines, lines).map(Lines::first).orElse(null);
      return h.cited(cite, line);
    }

    private String[] note(Annotation a) {
      return new String[] {cites.cite(a), cites.lines(a).map(Lines::first).orElse(null)};
    }
  }
}
