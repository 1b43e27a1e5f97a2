package org.pincite.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pincite.domain.annotation.Stance;
import org.pincite.domain.document.DocumentKind;
import org.pincite.domain.document.DocumentType;
import org.pincite.service.SearchService;
import org.pincite.service.search.SearchFilters;
import org.pincite.service.search.SearchResults;

/**
 * {@code GET /api/matters/{id}/search?q=…&page=…&size=…} with the filters {@code kind}, {@code
 * type}, {@code from}, {@code to} (ISO dates, inclusive), {@code sender}, {@code claim}, {@code
 * stance}, {@code annotated}: the hits (documentId, page, snippet as safe HTML, score, …), the
 * total and the counts per filter value. {@code POST …/search/reindex}: administrators.
 */
@Tag(name = "Search")
@APIResponse(responseCode = "400", ref = PinciteApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = PinciteApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = PinciteApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = PinciteApi.NOT_FOUND)
@Path("matters/{id}/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  @Inject SearchService searchService;

  @GET
  public SearchResults search(
      @PathParam("id") long id,
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("size") @DefaultValue("20") String size,
      @QueryParam("kind") String kind,
      @QueryParam("type") String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sender") String sender,
      @QueryParam("claim") String claim,
      @QueryParam("stance") String stance,
      @QueryParam("annotated") String annotated) {
    SearchFilters filters =
        new SearchFilters(
            QueryParams.enumValue("kind", DocumentKind.class, kind),
            QueryParams.enumValue("type", DocumentType.class, type),
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            sender == null || sender.isBlank() ? null : sender,
            QueryParams.number("claim", claim),
            QueryParams.enumValue("stance", Stance.class, stance),
            QueryParams.bool("annotated", annotated));
    Long pageNumber = QueryParams.number("page", page);
    Long pageSize = QueryParams.number("size", size);
    return searchService.search(
        id,
        q,
        filters,
        (int) Math.max(1, Math.min(pageNumber, 100_000)),
        (int) Math.max(1, Math.min(pageSize, 100)));
  }

  /** Indexes the matter's pages and notes again: {@code {"indexed": n}}. */
  @POST
  @Path("reindex")
  public Map<String, Integer> reindex(@PathParam("id") long id) {
    return Map.of("indexed", searchService.reindexMatter(id));
  }
}
